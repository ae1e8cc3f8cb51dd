import type { Material, MaterialUpdate } from '../../../shared/contracts/materials.ts';
import type { Problem } from '../../../shared/errors.ts';
import { ApiError, apiRequest, checkedAnswer, csrf } from '../../api/client.ts';

export const materialsApi = {
  list: async (dialogueId: string): Promise<Material[]> =>
    (await apiRequest('GET', `/dialogues/${dialogueId}/materials`, 'MaterialList')).items,
  update: (id: string, body: MaterialUpdate): Promise<Material> =>
    apiRequest('PATCH', `/materials/${id}`, 'Material', body),
};

/**
 * Sends a file as the body with XMLHttpRequest, whose upload events report progress (fetch has none),
 * and parses the answer with the same contract as every other call.
 */
export function uploadFile(
  path: string,
  file: File,
  params: Record<string, string | number | undefined>,
  onProgress: (fraction: number) => void,
): Promise<Material> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}?${q}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    const token = csrf();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) resolve(checkedAnswer('Material', `POST ${path}`, body));
      else reject(new ApiError(xhr.status, (body ?? { title: xhr.statusText, status: xhr.status }) as Problem));
    };
    xhr.send(file);
  });
}
