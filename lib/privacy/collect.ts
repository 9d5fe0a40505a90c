import "server-only";
import type { Tx } from "@/lib/db";

// Everything stored about one person, found by their e-mail address (exact, case ignored). What each table gives,
// and why the others give nothing (prisma/schema.prisma):
//
// In, for a user (an account with that address):
//   User                 the account's fields; never passwordHash or totpSecret (only whether TOTP is on).
//   Membership, WorkingGroupMember, OrganisationMember, ProjectPerson (userId), MeetingAttendee (userId),
//   VisitParticipant     their roles and seats, with the name and title recorded there.
//   ConflictDeclaration  declared for them: ground, description, the committee's ruling.
//   Score, ScoreSheet, ReviewAssignment   their scores and comments, sheets and assignments.
//   AuditEntry (actorId) what they did: when, action, entity; not `changes`, which holds other people's data.
//   UserSession          when and from where they logged in; not its id, which is the session cookie's value.
// In, for an applicant (applications with that contact address, or made from that account):
//   Application          contact fields, texts, amounts, statuses, budget lines and status history; not the
//                        private link's hash or the double-submit key.
//   Organisation         the applying organisation's name, CVR, kind, address and website.
//   Committee            a committee whose public contact fields hold the address.
//   ApplicationMessage, Decision, GrantLetter, AccountsReport (+ AccountLine), Evaluation, Visit (notes)
//                        what hangs on their applications.
//   Attachment           metadata and sha256 of files on their applications and accounts; never the bytes.
//   EmailMessage         mails to the address: the masked body only, never the sealed one with its private link.
//   ReminderSent         reminders about their applications.
// Out:
//   UserToken, RecoveryCode, LoginUnlock   hashes of one-time secrets: secrets, and nothing about the person beyond
//                        what the account already says.
//   RateLimit            keyed by address and hashed e-mail for minutes; not tied to a person afterwards.
//   ApplicationMessage written by staff, StatusReport, Measurement, ProjectVersion, ProjectExpense, ProjectHours,
//   Payment, Recommendation, MinutesVersion, AgendaItem, PoolYearBudgetChange (…ById)   the committee's own work
//                        records; the audit entries above say what the person did there.
//   ProjectPerson, MeetingAttendee, Partner, StaffingPosition by name only   a name is not an exact match; people
//                        tied by account are in.
//   Portrait             published texts about a project, not about a person's data.
//   Committee.contactName / Project texts   only the committee's contact fields that hold the address are in.

export type PersonData = Awaited<ReturnType<typeof collectPersonData>>;

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

/** The ids of the rows whose column equals the address, ignoring case (no pattern: `_` and `%` are literal). */
async function matching(tx: Tx, email: string) {
  const [users, applications, committees, emails] = await Promise.all([
    tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE lower(email) = lower(${email})`,
    tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Application" WHERE lower("contactEmail") = lower(${email})`,
    tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Committee" WHERE lower("contactEmail") = lower(${email})`,
    tx.$queryRaw<{ id: string }[]>`SELECT id FROM "EmailMessage" WHERE lower("toAddress") = lower(${email})`,
  ]);
  return {
    userId: users[0]?.id ?? null,
    applicationIds: ids(applications),
    committeeIds: ids(committees),
    emailIds: ids(emails),
  };
}

export async function collectPersonData(tx: Tx, email: string) {
  const found = await matching(tx, email);
  const userId = found.userId;
  // No account: an id no row has (ids are cuids), so the account's reads below find nothing.
  const byUser = userId ?? "";
  const own = await tx.application.findMany({ where: { applicantId: byUser }, select: { id: true } });
  const applicationIds = [...new Set([...found.applicationIds, ...ids(own)])].sort();
  const onApps = { applicationId: { in: applicationIds } };

  const user = userId
    ? await tx.user.findUnique({
        where: { id: userId },
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          oidcSubject: true,
          createdAt: true,
          updatedAt: true,
          disabledAt: true,
          deletedAt: true,
          installationAdmin: true,
          totpEnabledAt: true,
          passwordChangedAt: true,
        },
      })
    : null;

  const applications = await tx.application.findMany({
    where: { id: { in: applicationIds } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reference: true,
      call: { select: { title: true, committee: { select: { name: true } } } },
      organisationId: true,
      applicantId: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      title: true,
      description: true,
      targetGroup: true,
      successCriteria: true,
      periodStart: true,
      periodEnd: true,
      periodText: true,
      requestedOre: true,
      status: true,
      eligible: true,
      eligibilityReason: true,
      submittedAt: true,
      withdrawnAt: true,
      publishedAt: true,
      publicSummary: true,
      publicName: true,
      retainUntil: true,
      createdAt: true,
      updatedAt: true,
      deletedAt: true,
      budgetLines: { orderBy: { position: "asc" }, select: { isIncome: true, label: true, amountOre: true } },
      statusChanges: { orderBy: { at: "asc" }, select: { from: true, to: true, note: true, at: true } },
    },
  });
  const organisationIds = [...new Set(applications.map((a) => a.organisationId))];

  const [organisations, committeeContacts, messages, decisions, accountsReports, evaluations, visits] =
    await Promise.all([
      tx.organisation.findMany({
        where: { id: { in: organisationIds } },
        select: { id: true, name: true, cvr: true, kind: true, address: true, website: true, createdAt: true },
      }),
      tx.committee.findMany({
        where: { id: { in: found.committeeIds } },
        select: { id: true, name: true, contactName: true, contactEmail: true, contactPhone: true },
      }),
      tx.applicationMessage.findMany({
        where: onApps,
        orderBy: { createdAt: "asc" },
        select: { applicationId: true, fromApplicant: true, body: true, createdAt: true, readAt: true },
      }),
      tx.decision.findMany({
        where: onApps,
        select: {
          applicationId: true,
          outcome: true,
          amountOre: true,
          fundsYear: true,
          conditions: true,
          reasons: true,
          decidedOn: true,
          grantLetter: {
            select: {
              body: true,
              conditions: true,
              accountsDueOn: true,
              advanceOre: true,
              sentAt: true,
              acceptedAt: true,
              acceptedName: true,
              reminderSentAt: true,
            },
          },
        },
      }),
      tx.accountsReport.findMany({
        where: onApps,
        select: {
          id: true,
          applicationId: true,
          status: true,
          receivedAt: true,
          submittedName: true,
          requestText: true,
          requestedAt: true,
          answerText: true,
          rejectedOre: true,
          rejectionReason: true,
          approvedAt: true,
          lines: { select: { label: true, isIncome: true, budgetOre: true, actualOre: true } },
        },
      }),
      tx.evaluation.findMany({
        where: onApps,
        select: {
          applicationId: true,
          text: true,
          participants: true,
          criteriaText: true,
          receivedAt: true,
          published: true,
        },
      }),
      tx.visit.findMany({ where: onApps, select: { applicationId: true, visitedOn: true, notes: true } }),
    ]);

  const [attachments, emails, reminders] = await Promise.all([
    tx.attachment.findMany({
      where: { OR: [onApps, { accountsId: { in: ids(accountsReports) } }] },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        applicationId: true,
        accountsId: true,
        filename: true,
        mimeType: true,
        sizeBytes: true,
        sha256: true,
        isReceipt: true,
        isPublic: true,
        altText: true,
        createdAt: true,
        deletedAt: true,
      },
    }),
    tx.emailMessage.findMany({
      where: { id: { in: found.emailIds } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        toAddress: true,
        subject: true,
        body: true,
        kind: true,
        applicationId: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    tx.reminderSent.findMany({
      where: onApps,
      orderBy: { sentAt: "asc" },
      select: { applicationId: true, kind: true, key: true, sentAt: true },
    }),
  ]);

  const forUser = { userId: byUser };
  const [memberships, workingGroups, organisationSeats, projectRoles, meetings, visitsJoined] = await Promise.all([
    tx.membership.findMany({
      where: forUser,
      select: {
        committee: { select: { name: true } },
        role: true,
        title: true,
        nominatedBy: true,
        startsOn: true,
        endsOn: true,
        createdAt: true,
        deletedAt: true,
      },
    }),
    tx.workingGroupMember.findMany({
      where: forUser,
      select: { workingGroup: { select: { name: true } }, isCoordinator: true, createdAt: true, deletedAt: true },
    }),
    tx.organisationMember.findMany({
      where: forUser,
      select: { organisation: { select: { name: true } }, roleText: true },
    }),
    tx.projectPerson.findMany({
      where: forUser,
      select: { project: { select: { title: true } }, role: true, name: true, organisation: true },
    }),
    tx.meetingAttendee.findMany({
      where: forUser,
      select: {
        meeting: { select: { title: true, startsAt: true } },
        name: true,
        title: true,
        attendance: true,
        voting: true,
        note: true,
      },
    }),
    tx.visitParticipant.findMany({ where: forUser, select: { visit: { select: { visitedOn: true } } } }),
  ]);
  const [conflictDeclarations, scores, scoreSheets, reviewAssignments, auditEntries, sessions] = await Promise.all([
    tx.conflictDeclaration.findMany({
      where: forUser,
      select: {
        applicationId: true,
        ground: true,
        description: true,
        declaredAt: true,
        excluded: true,
        rulingReason: true,
        ruledAt: true,
      },
    }),
    tx.score.findMany({
      where: forUser,
      orderBy: { createdAt: "asc" },
      select: {
        applicationId: true,
        criterion: { select: { title: true } },
        value: true,
        notApplicable: true,
        comment: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    tx.scoreSheet.findMany({
      where: forUser,
      select: { applicationId: true, submittedAt: true, reopenedAt: true, reopenReason: true },
    }),
    tx.reviewAssignment.findMany({ where: forUser, select: { applicationId: true, createdAt: true } }),
    tx.auditEntry.findMany({
      where: { actorId: byUser },
      orderBy: { at: "asc" },
      select: { at: true, action: true, entityType: true, entityId: true, committeeId: true },
    }),
    tx.userSession.findMany({
      where: forUser,
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, lastSeenAt: true, endedAt: true, userAgent: true, address: true },
    }),
  ]);

  return {
    email,
    user,
    records: {
      applications,
      organisations,
      committeeContacts,
      messages,
      decisions,
      accountsReports,
      evaluations,
      visits,
      attachments,
      emails,
      reminders,
      memberships,
      workingGroups,
      organisationSeats,
      projectRoles,
      meetings,
      visitsJoined,
      conflictDeclarations,
      scores,
      scoreSheets,
      reviewAssignments,
      auditEntries,
      sessions,
    },
  };
}
