CREATE TYPE "public"."binding_decision" AS ENUM('confirmed', 'refused');--> statement-breakpoint
CREATE TABLE "account_bindings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"invitation_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision" "binding_decision"
);
--> statement-breakpoint
ALTER TABLE "account_setups" ADD COLUMN "invitation_id" uuid;--> statement-breakpoint
ALTER TABLE "account_setups" ADD COLUMN "binds_person" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "account_bindings" ADD CONSTRAINT "account_bindings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_bindings" ADD CONSTRAINT "account_bindings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_bindings" ADD CONSTRAINT "account_bindings_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_bindings" ADD CONSTRAINT "account_bindings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_bindings_pending_idx" ON "account_bindings" USING btree ("requested_at") WHERE "account_bindings"."decision" is null;--> statement-breakpoint
ALTER TABLE "account_setups" ADD CONSTRAINT "account_setups_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;