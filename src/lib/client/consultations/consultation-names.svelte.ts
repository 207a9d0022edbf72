import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Translate } from '$lib/i18n';
import type { RefDb } from '../db/ref-db';
import { LiveRows } from './live-rows.svelte';
import { byId, personName } from './people';

/**
 * The names a consultation page shows for the ids it holds (assignees, its group, who wrote a note),
 * from the directory on the device and the signed-in person, followed live.
 */
export class ConsultationNames {
	readonly #experts: LiveRows<Expert[]>;
	readonly #groups: LiveRows<ExpertGroup[]>;
	readonly #profile: { id: string; name: string } | null;
	readonly #t: () => Translate;

	constructor(ref: RefDb, profile: { id: string; name: string } | null, t: () => Translate) {
		this.#experts = new LiveRows(() => ref.experts.toArray());
		this.#groups = new LiveRows(() => ref.groups.toArray());
		this.#profile = profile ? { id: profile.id, name: profile.name } : null;
		this.#t = t;
	}

	get experts() {
		return this.#experts.current ?? [];
	}

	get groups() {
		return this.#groups.current ?? [];
	}

	readonly #expertsById = $derived(byId(this.experts));
	readonly groupsById = $derived(byId(this.groups));

	/** The name of a group, an expert or a user id (people.ts personName). */
	nameOf = (id: string): string =>
		this.groupsById.get(id)?.name ??
		personName(id, { profile: this.#profile, experts: this.#expertsById }, this.#t());
}
