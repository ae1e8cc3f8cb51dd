CREATE TABLE "publication_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"publication_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"decision" text NOT NULL,
	"comment" text,
	"revision" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_revisions" (
	"publication_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"origin" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_revisions_publication_id_n_pk" PRIMARY KEY("publication_id","n")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"entries" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_entries_skeleton_trgm_idx";--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "written_in" text;--> statement-breakpoint
UPDATE "publications" SET "written_in" = "language";--> statement-breakpoint
ALTER TABLE "publications" ALTER COLUMN "written_in" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "publication_reviews" ADD CONSTRAINT "publication_reviews_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_reviews" ADD CONSTRAINT "publication_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_reviews_publication_idx" ON "publication_reviews" USING btree ("publication_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "publications_news_idx" ON "publications" USING btree ("status","publish_at");--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_dialogue_kind_language_key" UNIQUE("dialogue_id","kind","language");--> statement-breakpoint
INSERT INTO "publication_revisions" ("publication_id", "n", "origin", "title", "body", "at") SELECT "id", 1, 'edited', "title", "body", "updated_at" FROM "publications";--> statement-breakpoint
UPDATE "search_entries" SET "tsv" = "tsv" || array_to_tsvector(string_to_array("skeleton", ' '));--> statement-breakpoint
INSERT INTO "search_words" ("word", "entries") SELECT l, count(*) FROM "search_entries", unnest(tsvector_to_array("tsv")) AS l GROUP BY l ORDER BY l;
