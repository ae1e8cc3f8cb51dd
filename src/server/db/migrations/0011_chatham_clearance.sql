ALTER TABLE "search_entries" DROP CONSTRAINT "search_entries_ref_lang_key";--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "under_rule" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "cleared_text" jsonb;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "cleared_hash" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "cleared_languages" text[];--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "cleared_by" uuid;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "cleared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "search_entries" ADD COLUMN "audience" text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "under_rule" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cleared_text" jsonb;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cleared_hash" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cleared_languages" text[];--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cleared_by" uuid;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cleared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_ref_lang_key" UNIQUE("kind","ref_id","lang","audience");--> statement-breakpoint
UPDATE "statements" s SET "under_rule" = true FROM "dialogues" d
  WHERE d."id" = s."dialogue_id" AND (d."confidentiality" = 'chatham_house' OR EXISTS (
    SELECT 1 FROM "agenda_items" a WHERE a."id" = s."agenda_item_id" AND coalesce(a."confidentiality", d."confidentiality") = 'chatham_house'));--> statement-breakpoint
UPDATE "outcomes" o SET "under_rule" = true FROM "dialogues" d
  WHERE d."id" = o."dialogue_id" AND (d."confidentiality" = 'chatham_house' OR EXISTS (
    SELECT 1 FROM "agenda_items" a WHERE a."id" = o."agenda_item_id" AND coalesce(a."confidentiality", d."confidentiality") = 'chatham_house'));--> statement-breakpoint
UPDATE "search_entries" e SET "audience" = 'inside'
  WHERE (e."kind" = 'statement' AND EXISTS (SELECT 1 FROM "statements" s WHERE s."id" = e."ref_id" AND s."under_rule"))
     OR (e."kind" = 'outcome' AND EXISTS (SELECT 1 FROM "outcomes" o WHERE o."id" = e."ref_id" AND o."under_rule"));
