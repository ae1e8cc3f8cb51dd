CREATE TYPE "public"."search_kind" AS ENUM('statement', 'outcome', 'dialogue', 'agenda_item', 'provision', 'person', 'organization', 'publication');--> statement-breakpoint
CREATE TABLE "search_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "search_kind" NOT NULL,
	"ref_id" uuid NOT NULL,
	"dialogue_id" uuid,
	"agenda_item_id" uuid,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	"skeleton" text NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"year" integer,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "search_entries_ref_lang_key" UNIQUE("kind","ref_id","lang")
);
--> statement-breakpoint
CREATE INDEX "search_entries_skeleton_trgm_idx" ON "search_entries" USING gin ("skeleton" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_entries_dialogue_idx" ON "search_entries" USING btree ("dialogue_id");