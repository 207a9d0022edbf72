import { getContext, setContext } from 'svelte';
import type { DeviceLock } from './device-lock.svelte';

const CONTEXT = Symbol('device-lock');

export function setDeviceLock(lock: DeviceLock): DeviceLock {
	return setContext(CONTEXT, lock);
}

export function getDeviceLock(): DeviceLock {
	return getContext<DeviceLock>(CONTEXT);
}
