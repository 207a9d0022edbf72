import type { z } from 'zod';
import { Expert } from './expert';
import { ExpertGroup } from './expert-group';
import { Organisation } from './organisation';
import { Service } from './service';
import { Unit } from './unit';

/** The kinds of reference entry the directory holds, each with its schema. */
export const directorySchemas = {
	experts: Expert,
	groups: ExpertGroup,
	units: Unit,
	organisations: Organisation,
	services: Service
} as const;

export type DirectoryKind = keyof typeof directorySchemas;
export const directoryKinds = Object.keys(directorySchemas) as DirectoryKind[];
export type DirectoryEntry<K extends DirectoryKind = DirectoryKind> = z.infer<
	(typeof directorySchemas)[K]
>;
