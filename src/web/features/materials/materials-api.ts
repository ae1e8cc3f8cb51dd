import type { Endpoint } from '../../../shared/contracts/contract.ts';
import type { Material, MaterialUpdate } from '../../../shared/contracts/materials.ts';
import { materialEndpoints } from '../../../shared/endpoints/materials.ts';
import type { Problem } from '../../../shared/errors.ts';
import { ApiError, call, checkedAnswerOf, csrf, pathOf } from '../../api/client.ts';

export const materialsApi = {
  list: async (dialogueId: string): Promise<Material[]> =>
    (await call(materialEndpoints.list, { params: { id: dialogueId } })).items,
  update: (id: string, body: MaterialUpdate): Promise<Material> =>
    call(materialEndpoints.update, { params: { id }, body }),
};

/**
 * Sends a file as the body of an upload endpoint with XMLHttpRequest, whose upload events report
 * progress (fetch has none), and parses the answer with the same contract as every other call.
 */
export function uploadFile(
  at: Endpoint<'materials.upload' | 'materials.uploadVersion'>,
  id: string,
  file: File,
  query: Record<string, string | number | undefined>,
  onProgress: (fraction: number) => void,
): Promise<Material> {
  const path = pathOf(at.path, { id }, query);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(checkedAnswerOf(at, `POST ${path}`, body));
      else reject(new ApiError(xhr.status, (body ?? { title: xhr.statusText, status: xhr.status }) as Problem));
    };
    xhr.send(file);
  });
}
