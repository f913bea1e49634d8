import type { FileBytes } from '../../../shared/contract';
import { base64ToBytes, bytesToBase64 } from './base64';

// In the browser the page saves and opens files itself: a download and an <input type=file>.

export function downloadBytes(fileName: string, base64: string): { saved: boolean } {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

export function pickBrowserFile(extensions: readonly string[]): Promise<FileBytes | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buffer) => resolve({ fileName: file.name, bytes: bytesToBase64(new Uint8Array(buffer)) }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
