// The recruitment app from the Noloco document, with people and records that read like a real
// team's: the demo's content, kept apart from the code that loads it.

/** A person who signs in to the demo. */
export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  password: string;
  role: 'team_admin' | 'hiring_manager' | 'interviewer' | 'user';
  title: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'tessa',
    name: 'Tessa Morgan',
    email: 'tessa@acme-talent.example',
    password: 'Basalt orchid lantern 4417',
    role: 'team_admin',
    title: 'Head of Talent (Team Admin)',
  },
  {
    key: 'andy',
    name: 'Andy Fischer',
    email: 'andy@acme-talent.example',
    password: 'Copper heron meadow 2290',
    role: 'hiring_manager',
    title: 'Engineering manager (Hiring Manager)',
  },
  {
    key: 'priya',
    name: 'Priya Raman',
    email: 'priya@acme-talent.example',
    password: 'Velvet quarry sparrow 7134',
    role: 'hiring_manager',
    title: 'Sales director (Hiring Manager)',
  },
  {
    key: 'melissa',
    name: 'Melissa Chen',
    email: 'melissa@acme-talent.example',
    password: 'Granite willow comet 5582',
    role: 'interviewer',
    title: 'Staff engineer (Interviewer)',
  },
  {
    key: 'jonas',
    name: 'Jonas Weber',
    email: 'jonas@acme-talent.example',
    password: 'Amber falcon harbour 3068',
    role: 'interviewer',
    title: 'Account executive (Interviewer)',
  },
  {
    key: 'uma',
    name: 'Uma Okafor',
    email: 'uma@acme-talent.example',
    password: 'Indigo cedar tundra 6921',
    role: 'user',
    title: 'End user (User)',
  },
];

export const POSITION_FIELDS = [
  { name: 'title', label: 'Title', type: 'text', required: true },
  {
    name: 'department',
    label: 'Department',
    type: 'singleSelect',
    options: ['Engineering', 'Design', 'Sales', 'Operations'],
  },
  { name: 'salary', label: 'Salary (EUR)', type: 'decimal' },
  {
    name: 'status',
    label: 'Status',
    type: 'singleSelect',
    options: ['Draft', 'Open', 'On hold', 'Filled'],
    default: 'Draft',
  },
  { name: 'hiringManager', label: 'Hiring manager', type: 'linkUser' },
  { name: 'interviewers', label: 'Interviewers', type: 'linkUsers' },
];

export const CANDIDATE_FIELDS = [
  { name: 'name', label: 'Name', type: 'text', required: true },
  { name: 'email', label: 'Email', type: 'email', unique: true },
  { name: 'position', label: 'Position', type: 'linkOne', target: 'positions' },
  {
    name: 'stage',
    label: 'Stage',
    type: 'singleSelect',
    options: ['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected'],
  },
  { name: 'review', label: 'Interview review', type: 'longText' },
];

/** A position: its hiring manager and interviewers by person key. */
export const POSITIONS = [
  {
    title: 'Senior Backend Engineer',
    department: 'Engineering',
    salary: 92000,
    status: 'Open',
    manager: 'andy',
    interviewers: ['melissa'],
  },
  {
    title: 'Frontend Engineer',
    department: 'Engineering',
    salary: 78000,
    status: 'Open',
    manager: 'andy',
    interviewers: ['melissa'],
  },
  {
    title: 'Site Reliability Engineer',
    department: 'Engineering',
    salary: 88000,
    status: 'On hold',
    manager: 'andy',
    interviewers: [],
  },
  {
    title: 'Product Designer',
    department: 'Design',
    salary: 72000,
    status: 'Open',
    manager: 'andy',
    interviewers: ['melissa', 'jonas'],
  },
  {
    title: 'Account Executive, DACH',
    department: 'Sales',
    salary: 68000,
    status: 'Open',
    manager: 'priya',
    interviewers: ['jonas'],
  },
  {
    title: 'Sales Development Representative',
    department: 'Sales',
    salary: 48000,
    status: 'Filled',
    manager: 'priya',
    interviewers: ['jonas'],
  },
  {
    title: 'Revenue Operations Analyst',
    department: 'Operations',
    salary: 61000,
    status: 'Draft',
    manager: 'priya',
    interviewers: [],
  },
];

/** A candidate, for the position at that index. */
export const CANDIDATES = [
  {
    name: 'Lena Hoffmann',
    email: 'lena.hoffmann@mail.example',
    position: 0,
    stage: 'Interview',
    review: 'Strong on distributed systems; shaky on SQL tuning. Lean hire.',
  },
  { name: 'Marco Rossi', email: 'marco.rossi@mail.example', position: 0, stage: 'Screening', review: '' },
  {
    name: 'Aisha Bello',
    email: 'aisha.bello@mail.example',
    position: 1,
    stage: 'Offer',
    review: 'Excellent React depth, great product sense. Strong hire.',
  },
  {
    name: 'Tom Becker',
    email: 'tom.becker@mail.example',
    position: 1,
    stage: 'Rejected',
    review: 'Could not explain state management trade-offs.',
  },
  {
    name: 'Sofia Lindqvist',
    email: 'sofia.lindqvist@mail.example',
    position: 3,
    stage: 'Interview',
    review: 'Portfolio shows systems thinking; wants more research time.',
  },
  { name: 'Daniel Kim', email: 'daniel.kim@mail.example', position: 3, stage: 'Applied', review: '' },
  {
    name: 'Clara Novak',
    email: 'clara.novak@mail.example',
    position: 4,
    stage: 'Interview',
    review: 'Closed a comparable deal size before; German native.',
  },
  { name: 'Felix Braun', email: 'felix.braun@mail.example', position: 4, stage: 'Screening', review: '' },
  {
    name: 'Nora Haddad',
    email: 'nora.haddad@mail.example',
    position: 5,
    stage: 'Hired',
    review: 'Energetic, coachable. Hired.',
  },
  { name: 'Omar Farouk', email: 'omar.farouk@mail.example', position: 6, stage: 'Applied', review: '' },
];

/** The data rules of the Noloco document, as a builder writes them. */
export const DEMO_RULES = [
  {
    kind: 'grant',
    name: 'Hiring managers: their positions',
    collection: 'positions',
    to: { roles: ['hiring_manager'] },
    actions: ['read', 'update'],
    condition: 'record.hiringManager == user.id',
    description: 'Andy reads and edits the positions he is the hiring manager of.',
  },
  {
    kind: 'grant',
    name: 'Hiring managers: candidates for their positions',
    collection: 'candidates',
    to: { roles: ['hiring_manager'] },
    actions: ['read', 'update', 'create'],
    condition: 'record.position.hiringManager == user.id',
    description: 'Candidates of the positions a hiring manager owns.',
  },
  {
    kind: 'grant',
    name: 'Interviewers: positions they interview for, never salary',
    collection: 'positions',
    to: { roles: ['interviewer'] },
    actions: ['read', 'update'],
    condition: 'user.id in record.interviewers',
    fields: { read: ['title', 'department', 'status', 'hiringManager', 'interviewers'], update: ['status'] },
    description: 'Melissa sees only the positions she interviews for, and no salary.',
  },
  {
    kind: 'grant',
    name: 'Interviewers: their candidates, not the reviews',
    collection: 'candidates',
    to: { roles: ['interviewer'] },
    actions: ['read'],
    condition: 'user.id in record.position.interviewers',
    fields: { read: ['name', 'email', 'position', 'stage'] },
    description: 'Interviewers read the candidates of their positions, without the written reviews.',
  },
];

/** The app's pages (DESIGN.md §6): what each person sees when they sign in to the end-user app. */
export const DEMO_PAGES = [
  {
    title: 'Positions',
    slug: 'positions',
    icon: 'briefcase',
    visibility: { audience: 'internal' },
    sections: [
      {
        kind: 'collectionView',
        title: 'Positions',
        collection: 'positions',
        fields: ['title', 'department', 'status', 'salary', 'hiringManager'],
        sort: [{ field: 'title' }],
      },
    ],
  },
  {
    title: 'Candidates',
    slug: 'candidates',
    icon: 'users',
    position: 1,
    visibility: { audience: 'internal' },
    sections: [
      {
        kind: 'collectionView',
        title: 'Candidates',
        collection: 'candidates',
        fields: ['name', 'position', 'stage', 'review'],
        sort: [{ field: 'name' }],
      },
    ],
  },
  {
    title: 'My interviews',
    slug: 'my-interviews',
    icon: 'calendar',
    position: 2,
    visibility: { audience: 'roles', roles: ['interviewer'] },
    sections: [
      {
        kind: 'text',
        title: 'Before an interview',
        markdown: 'Read the position and the candidate first. Reviews are written by the hiring manager.',
      },
      {
        kind: 'collectionView',
        title: 'Open positions I interview for',
        collection: 'positions',
        fields: ['title', 'department', 'hiringManager'],
        filter: 'user.id in record.interviewers && record.status == "Open"',
      },
    ],
  },
  // Record pages: a list's rows lead here with ?record=<id>. Each shows what the data rules give
  // the person: Andy changes his positions; Melissa changes only a position's status, never sees
  // a salary, and reads candidates without their reviews.
  {
    title: 'Position',
    slug: 'position',
    icon: 'briefcase',
    position: 10,
    visibility: { audience: 'internal' },
    sections: [
      {
        kind: 'recordView',
        mode: 'detail',
        collection: 'positions',
        fields: ['title', 'department', 'status', 'salary', 'hiringManager', 'interviewers'],
      },
    ],
  },
  {
    title: 'Edit position',
    slug: 'edit-position',
    icon: 'briefcase',
    position: 11,
    visibility: { audience: 'internal' },
    sections: [
      {
        kind: 'recordView',
        mode: 'edit',
        collection: 'positions',
        fields: ['title', 'department', 'status', 'salary'],
      },
    ],
  },
  {
    title: 'Candidate',
    slug: 'candidate',
    icon: 'user',
    position: 12,
    visibility: { audience: 'internal' },
    sections: [
      {
        kind: 'recordView',
        mode: 'detail',
        collection: 'candidates',
        fields: ['name', 'email', 'position', 'stage', 'review'],
      },
    ],
  },
  {
    title: 'Edit candidate',
    slug: 'edit-candidate',
    icon: 'user',
    position: 13,
    visibility: { audience: 'internal' },
    sections: [
      { kind: 'recordView', mode: 'edit', collection: 'candidates', fields: ['name', 'stage', 'review'] },
    ],
  },
  {
    title: 'Welcome',
    slug: 'welcome',
    visibility: { audience: 'external' },
    sections: [
      {
        kind: 'text',
        title: 'Welcome to Acme Talent',
        markdown:
          'Thank you for your interest in working with us. **We will write to you** when a position opens that fits your profile.',
      },
    ],
  },
];
