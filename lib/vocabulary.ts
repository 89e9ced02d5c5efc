/**
 * The public identifiers from ../shared/design/vocabulary.md. Intranet links, tests and policy
 * files use them: adding one is fine, renaming one is a breaking change.
 */
// Organisations are content, not vocabulary: lib/organisations.ts lists them from content/organisations/.

export const purposeIds = ['colleagues', 'case-conference', 'consultation', 'teaching', 'external', 'private'] as const;
export type PurposeId = (typeof purposeIds)[number];

export const dataClassIds = ['none', 'personal', 'sensitive', 'classified'] as const;
export type DataClassId = (typeof dataClassIds)[number];

export const needIds = [
  'chat',
  'screen-sharing',
  'recording',
  'transcription',
  'file-sharing',
  'remote-control',
] as const;
export type NeedId = (typeof needIds)[number];

export const toolIds = [
  'teams',
  'skype-for-business',
  'skype',
  'zoom',
  'minsp',
  'medcom-meet',
  'vdx',
  'confrere',
  'visiba-care',
  'cisco-jabber',
  'cisco-webex',
  'google-meet',
  'gotomeeting',
  'compodium',
  'acano',
  'digitaltolk',
  'whatsapp',
  'facetime',
  'facebook-messenger',
  'appinux',
  'hejdoktor',
  'kmd-nexus-video',
  'life-manager',
  'tunstall-health',
  'viewcare',
  'vitacomm',
  'ibg-video',
  'shareplan',
  'tdc-netdesign',
] as const;
export type ToolId = (typeof toolIds)[number];

/** Ordered from most to least permissive; `not-assessed` sits apart (see docs/policy.md). */
export const verdictIds = ['recommended', 'allowed', 'conditional', 'not-assessed', 'not-allowed'] as const;
export type Verdict = (typeof verdictIds)[number];

export const toolKinds = ['dedicated', 'general-platform', 'consumer-app'] as const;
export type ToolKind = (typeof toolKinds)[number];

export const sourceFiles = [
  '000_f58ee88b8b354b58.txt',
  '001_9fbcc7d58647320b.txt',
  '002_fd0e465d911790ea.txt',
  '003_3c254f366135d803.txt',
  '004_c9e5c9ec18687ee7.txt',
] as const;
export type SourceFile = (typeof sourceFiles)[number];
