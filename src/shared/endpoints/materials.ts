import { endpoint } from '../contracts/contract.ts';

/** Papers, slides and notes on a dialogue or its records (schemas: contracts/materials.ts). */
export const materialEndpoints = {
  list: endpoint('materials.list', 'GET', '/dialogues/:id/materials'),
  upload: endpoint('materials.upload', 'POST', '/dialogues/:id/materials'),
  get: endpoint('materials.get', 'GET', '/materials/:id'),
  uploadVersion: endpoint('materials.uploadVersion', 'POST', '/materials/:id/versions'),
  update: endpoint('materials.update', 'PATCH', '/materials/:id'),
  remove: endpoint('materials.remove', 'DELETE', '/materials/:id'),
  /** The file itself, and its preview image: addresses for links and images, not JSON. */
  file: endpoint('materials.file', 'GET', '/materials/:id/file'),
  preview: endpoint('materials.preview', 'GET', '/materials/:id/preview'),
};
