import { reportFileName, sniffReportFile } from './report-file.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.alloc(64)]);

describe('report files', () => {
  it('takes a PDF by its content', async () => {
    await expect(sniffReportFile(PDF)).resolves.toEqual({ mimeType: 'application/pdf', extension: 'pdf' });
  });

  it('refuses an executable, audio, plain text and an empty file', async () => {
    for (const bytes of [ELF, MP3, Buffer.from('just some text\n'), Buffer.alloc(0)])
      await expect(sniffReportFile(bytes)).rejects.toMatchObject({ code: 'REPORT.FILE_REFUSED' });
  });

  it('keeps a matching name and appends the real extension otherwise', () => {
    expect(reportFileName(' Action plan.PDF ', 'pdf')).toBe('Action plan.PDF');
    expect(reportFileName('photo.jpeg', 'jpg')).toBe('photo.jpeg');
    expect(reportFileName('plan.exe', 'pdf')).toBe('plan.exe.pdf');
  });

  it('refuses names with a path, a control character or a leading dot', () => {
    for (const name of ['../plan.pdf', 'a\\b.pdf', 'x\u0000.pdf', '.hidden', '   ', 'evil\u202Efdp.exe'])
      expect(() => reportFileName(name, 'pdf')).toThrow(
        expect.objectContaining({ code: 'REPORT.FILE_REFUSED' }),
      );
  });
});
