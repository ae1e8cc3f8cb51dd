CREATE TYPE "public"."membership_role" AS ENUM('member', 'focal_point');--> statement-breakpoint
CREATE TABLE "institution_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "publication_sign_offs" (
	"publication_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_sign_offs_publication_id_organization_id_pk" PRIMARY KEY("publication_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "sign_off_fixed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "institution_memberships" ADD CONSTRAINT "institution_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_memberships" ADD CONSTRAINT "institution_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_memberships" ADD CONSTRAINT "institution_memberships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sign_offs" ADD CONSTRAINT "publication_sign_offs_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "institution_memberships_org_idx" ON "institution_memberships" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "institution_memberships_person_idx" ON "institution_memberships" USING btree ("person_id");--> statement-breakpoint
-- Positions held today granted an institution's rights until now: they become memberships, so nobody loses them.
INSERT INTO "institution_memberships" ("id", "organization_id", "person_id", "role", "valid_from", "valid_to")
SELECT gen_random_uuid(), "organization_id", "person_id", 'member', coalesce("valid_from", current_date), "valid_to"
FROM "positions" WHERE "valid_to" IS NULL OR "valid_to" >= current_date;--> statement-breakpoint
-- Publications already past their first review keep the institutions they were asking, now fixed.
INSERT INTO "publication_sign_offs" ("publication_id", "organization_id")
SELECT DISTINCT p."id", pa."organization_id" FROM "publications" p
JOIN "participants" pa ON pa."dialogue_id" = p."dialogue_id" AND pa."organization_id" IS NOT NULL
WHERE p."status" <> 'draft';--> statement-breakpoint
UPDATE "publications" SET "sign_off_fixed_at" = now() WHERE "status" <> 'draft';--> statement-breakpoint
-- Links stored before only http and https were accepted: anything else is dropped, never clicked.
UPDATE "organizations" SET "website" = NULL WHERE "website" IS NOT NULL AND "website" !~* '^https?://';--> statement-breakpoint
UPDATE "reference_documents" SET "url" = NULL WHERE "url" IS NOT NULL AND "url" !~* '^https?://';--> statement-breakpoint
UPDATE "dialogues" SET "media" = '{"kind":"built_in"}'::jsonb WHERE "media"->>'kind' = 'external' AND NOT ("media"->>'url' ~* '^https?://');--> statement-breakpoint
UPDATE "outcome_status_changes" SET "evidence" = ARRAY(SELECT e FROM unnest("evidence") e WHERE e ~* '^https?://') WHERE EXISTS (SELECT 1 FROM unnest("evidence") e WHERE e !~* '^https?://');
