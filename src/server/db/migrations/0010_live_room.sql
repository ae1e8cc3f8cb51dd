CREATE TYPE "public"."floor_kind" AS ENUM('statement', 'reply', 'point_of_order');--> statement-breakpoint
CREATE TYPE "public"."floor_state" AS ENUM('queued', 'speaking', 'done', 'withdrawn', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."video_policy" AS ENUM('everyone', 'floor_and_chair');--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"participant_id" uuid,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "floor_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" "floor_kind" NOT NULL,
	"state" "floor_state" NOT NULL,
	"position" integer NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"granted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"time_limit_seconds" integer
);
--> statement-breakpoint
CREATE TABLE "live_connections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"instance_id" uuid NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"in_media" boolean DEFAULT false NOT NULL,
	"interpreting_into" text
);
--> statement-breakpoint
CREATE TABLE "live_instances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_rooms" (
	"dialogue_id" uuid PRIMARY KEY NOT NULL,
	"time_limit_seconds" integer DEFAULT 180 NOT NULL,
	"balanced" boolean DEFAULT false NOT NULL,
	"video_policy" "video_policy" DEFAULT 'everyone' NOT NULL,
	"muted_all_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_connections" ADD CONSTRAINT "live_connections_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_connections" ADD CONSTRAINT "live_connections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_messages_dialogue_idx" ON "chat_messages" USING btree ("dialogue_id","at");--> statement-breakpoint
CREATE INDEX "floor_requests_dialogue_idx" ON "floor_requests" USING btree ("dialogue_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "floor_requests_one_queued" ON "floor_requests" USING btree ("participant_id") WHERE state = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "floor_requests_one_speaker" ON "floor_requests" USING btree ("dialogue_id") WHERE state = 'speaking';--> statement-breakpoint
CREATE INDEX "live_connections_dialogue_idx" ON "live_connections" USING btree ("dialogue_id","user_id");--> statement-breakpoint
CREATE INDEX "live_connections_instance_idx" ON "live_connections" USING btree ("instance_id");