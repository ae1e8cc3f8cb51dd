CREATE TYPE "public"."action_status" AS ENUM('planned', 'in_progress', 'done', 'stalled', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."confidentiality" AS ENUM('public', 'restricted', 'chatham_house');--> statement-breakpoint
CREATE TYPE "public"."dialogue_format" AS ENUM('videoconference', 'in_person', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."dialogue_status" AS ENUM('draft', 'scheduled', 'live', 'concluded', 'published');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('un_resolution', 'summit_joint_statement', 'treaty', 'roadmap', 'concept', 'other');--> statement-breakpoint
CREATE TYPE "public"."invitation_state" AS ENUM('invited', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('research_institute', 'ministry', 'international_organization', 'un_entity', 'other');--> statement-breakpoint
CREATE TYPE "public"."outcome_kind" AS ENUM('conclusion', 'recommendation', 'commitment', 'follow_up_action');--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('chair', 'moderator', 'rapporteur', 'speaker', 'delegate', 'observer', 'interpreter');--> statement-breakpoint
CREATE TYPE "public"."publication_kind" AS ENUM('press_release', 'minutes', 'summary');--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'in_review', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."statement_kind" AS ENUM('remarks', 'direct_quote', 'position', 'proposal');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"confidentiality" "confidentiality",
	"provision_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	CONSTRAINT "areas_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"zones" text[] NOT NULL,
	"languages" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"series_id" uuid,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"format" "dialogue_format" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"host_zone" text NOT NULL,
	"status" "dialogue_status" NOT NULL,
	"confidentiality" "confidentiality" NOT NULL,
	"languages" text[] NOT NULL,
	"media" jsonb NOT NULL,
	"convener_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reference_document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "dialogues_ends_after_start" CHECK ("dialogues"."ends_at" > "dialogues"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "event_streams" (
	"stream" text PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"stream" text NOT NULL,
	"seq" bigint NOT NULL,
	"dialogue_id" uuid,
	"type" text NOT NULL,
	"actor_id" uuid,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_stream_seq_key" UNIQUE("stream","seq")
);
--> statement-breakpoint
CREATE TABLE "organization_names" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" jsonb,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"country_code" text,
	"parent_authority" jsonb,
	"website" text
);
--> statement-breakpoint
CREATE TABLE "outcome_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"outcome_id" uuid NOT NULL,
	"status" "action_status" NOT NULL,
	"note" jsonb,
	"evidence" text[] DEFAULT '{}'::text[] NOT NULL,
	"changed_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"kind" "outcome_kind" NOT NULL,
	"text" jsonb NOT NULL,
	"proposer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"endorser_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"provision_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"owner_organization_id" uuid,
	"due_on" date,
	"status" "action_status",
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid,
	"role" "participant_role" NOT NULL,
	"invitation" "invitation_state" NOT NULL,
	"attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "participants_dialogue_person_key" UNIQUE("dialogue_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "provisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	"placeholder" boolean DEFAULT false NOT NULL,
	CONSTRAINT "provisions_document_number_key" UNIQUE("document_id","number")
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"kind" "publication_kind" NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"slug" text NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"zone" text NOT NULL,
	CONSTRAINT "publications_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "reference_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "document_kind" NOT NULL,
	"symbol" text,
	"title" jsonb NOT NULL,
	"adopted_on" date,
	"adopted_by" jsonb,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"participant_id" uuid,
	"collective_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"kind" "statement_kind" NOT NULL,
	"text" jsonb NOT NULL,
	"delivered_at" timestamp with time zone,
	"position" integer NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"provision_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "statements_one_speaker" CHECK (("statements"."participant_id" is not null) <> (cardinality("statements"."collective_organization_ids") > 0))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"person_id" uuid,
	"locale" text,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_names" ADD CONSTRAINT "organization_names_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_status_changes" ADD CONSTRAINT "outcome_status_changes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_document_id_reference_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."reference_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_dialogue_idx" ON "agenda_items" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogues_starts_idx" ON "dialogues" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "dialogues_series_idx" ON "dialogues" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "events_dialogue_idx" ON "events" USING btree ("dialogue_id","seq");--> statement-breakpoint
CREATE INDEX "organization_names_org_idx" ON "organization_names" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "outcome_status_changes_outcome_idx" ON "outcome_status_changes" USING btree ("outcome_id","id");--> statement-breakpoint
CREATE INDEX "outcomes_dialogue_idx" ON "outcomes" USING btree ("dialogue_id","position");--> statement-breakpoint
CREATE INDEX "outcomes_owner_idx" ON "outcomes" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "outcomes_areas_idx" ON "outcomes" USING gin ("area_ids");--> statement-breakpoint
CREATE INDEX "outcomes_provisions_idx" ON "outcomes" USING gin ("provision_ids");--> statement-breakpoint
CREATE INDEX "participants_person_idx" ON "participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "participants_org_idx" ON "participants" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "positions_person_idx" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "positions_org_idx" ON "positions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "publications_dialogue_idx" ON "publications" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "statements_dialogue_idx" ON "statements" USING btree ("dialogue_id","position");--> statement-breakpoint
CREATE INDEX "statements_participant_idx" ON "statements" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "statements_areas_idx" ON "statements" USING gin ("area_ids");--> statement-breakpoint
CREATE INDEX "statements_provisions_idx" ON "statements" USING gin ("provision_ids");