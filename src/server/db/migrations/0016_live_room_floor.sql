ALTER TABLE "live_rooms" ADD COLUMN "list_open" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD COLUMN "agenda_item_id" uuid;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;