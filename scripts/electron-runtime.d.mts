export function findElectronRuntime(root: string): string | undefined;
