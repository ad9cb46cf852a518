import { MAX_PHOTO_CHARS } from '@mend/core';

const LONGEST_SIDE = [640, 480, 320];

/**
 * A photo from the person's device, made small enough to keep in the plan (and on this device for
 * offline use): drawn onto a canvas at most 640 px on its longest side, as JPEG, smaller still if
 * needed. Re-encoding also drops the original's metadata (location, camera), which is the point.
 */
export async function shrinkPhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const side of LONGEST_SIDE) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const context = canvas.getContext('2d');
      if (!context) break;
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const url = canvas.toDataURL('image/jpeg', 0.8);
      if (url.length <= MAX_PHOTO_CHARS) return url;
    }
  } finally {
    bitmap.close();
  }
  throw new Error('This photo is too big to keep. Try another one.');
}
