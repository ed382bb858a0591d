/** Saves `content` as a file through a temporary link (the browser's download bar, no dialog). */
export function downloadFile(content: Blob | string, fileName: string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a workflow name: letters, digits, dashes and dots only. */
export function fileBaseName(workflowName: string): string {
  const base = workflowName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .toLowerCase();
  return base || 'workflow';
}
