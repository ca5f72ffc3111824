import { App, Spin } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError, upload } from '../api/client';

export interface UploadedDocument {
  sha256: string;
  size: number;
  mediaType: string;
  filename: string;
}

const RECENT_KEY = 'ipp.recentDocuments';

/** Documents this browser uploaded, offered again for reuse (the API stores each once by SHA-256). */
export function recentDocuments(): UploadedDocument[] {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as UploadedDocument[];
  } catch {
    return [];
  }
}
function remember(doc: UploadedDocument) {
  const list = [doc, ...recentDocuments().filter((d) => d.sha256 !== doc.sha256)].slice(0, 50);
  localStorage.setItem(RECENT_KEY, JSON.stringify(list));
}

export async function uploadDocument(file: File): Promise<UploadedDocument> {
  const type = file.type || (file.name.endsWith('.txt') ? 'text/plain' : 'application/octet-stream');
  const meta = await upload<{ sha256: string; size: number; mediaType: string }>(
    `/v1/documents?filename=${encodeURIComponent(file.name.slice(0, 255))}`,
    file,
    type,
  );
  const doc = { ...meta, filename: file.name };
  remember(doc);
  return doc;
}

/**
 * Drop files here, or click / press Enter to pick them. Each file is uploaded as a document and
 * reported with its SHA-256; errors are shown as the API's problem detail.
 */
export function DropZone({
  onUploaded,
  accept,
  label,
  multiple = true,
  upload: customUpload,
}: {
  onUploaded: (doc: UploadedDocument) => void;
  accept?: string;
  label?: string;
  multiple?: boolean;
  /** Instead of uploading as a document, hand the file over (CSV). */
  upload?: (file: File) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const handle = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    try {
      for (const file of Array.from(files)) {
        if (customUpload) {
          customUpload(file);
          continue;
        }
        try {
          onUploaded(await uploadDocument(file));
        } catch (error) {
          message.error(
            error instanceof ProblemError ? (error.problem.detail ?? error.problem.title) : String(error),
          );
        }
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        tabIndex={-1}
        multiple={multiple}
        aria-label={label ?? t('upload.drop')}
        {...(accept ? { accept } : {})}
        onChange={(e) => void handle(e.target.files)}
      />
      <button
        type="button"
        aria-describedby={id}
        className={`ipp-dropzone${active ? ' active' : ''}`}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setActive(true);
        }}
        onDragLeave={() => setActive(false)}
        onDrop={(e) => {
          e.preventDefault();
          setActive(false);
          void handle(e.dataTransfer.files);
        }}
      >
        {busy ? <Spin size="small" /> : null} <span id={id}>{label ?? t('upload.drop')}</span>
      </button>
    </div>
  );
}
