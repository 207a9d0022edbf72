import type { EntryKind } from '$lib/domain/entry-kind';
import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';
import type { RefDb } from '../db/ref-db';

/** A directory entry as its detail page shows it, with the organisation name it names. */
export type DirectoryEntry =
	| { kind: 'expert'; expert: Expert }
	| { kind: 'group'; group: ExpertGroup }
	| { kind: 'unit'; unit: Unit; organisation: string | undefined }
	| { kind: 'service'; service: Service; provider: string | undefined };

/** Reads one entry from this device's copy of the directory; null when it does not hold it. */
export async function readEntry(
	db: RefDb,
	kind: EntryKind,
	id: string
): Promise<DirectoryEntry | null> {
	switch (kind) {
		case 'expert': {
			const expert = await db.experts.get(id);
			return expert ? { kind, expert } : null;
		}
		case 'group': {
			const group = await db.groups.get(id);
			return group ? { kind, group } : null;
		}
		case 'unit': {
			const unit = await db.units.get(id);
			if (!unit) return null;
			return { kind, unit, organisation: (await db.organisations.get(unit.organisationId))?.name };
		}
		case 'service': {
			const service = await db.services.get(id);
			if (!service) return null;
			return { kind, service, provider: (await db.organisations.get(service.providerId))?.name };
		}
	}
}
