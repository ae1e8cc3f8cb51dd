ALTER TABLE "dialogues" ADD COLUMN "venue_city" jsonb;--> statement-breakpoint
ALTER TABLE "dialogues" ADD COLUMN "venue_place" jsonb;--> statement-breakpoint
ALTER TABLE "dialogues" ADD COLUMN "theme" jsonb;