import { Injectable } from '@nestjs/common';
import { CertificatesService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/**
 * Not in the dispatcher's transaction: issuing opens its own, and the email another whose commit
 * releases the message (see CertificatesService.runIssue). The certificate row makes a rerun a no-op.
 */
@Injectable()
export class IssueCertificateProcessor {
  constructor(private readonly certificates: CertificatesService) {}

  @JobHandler('issue-certificate', { transactional: false })
  async handle(payload: JobPayloads['issue-certificate'], { isFinalAttempt }: JobContext): Promise<void> {
    await this.certificates.runIssue(payload.enrolmentId, { isFinal: isFinalAttempt });
  }
}
