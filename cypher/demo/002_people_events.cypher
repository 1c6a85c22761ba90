// People with their ranks and offices, and the five events with their places, organisers, attendees and topics.

UNWIND [
  {id: 'person:tariq-bin-hassan-al-hassan', name: 'طارق بن حسن الحسن', nameEn: 'Tariq bin Hassan Al Hassan', ranks: ['الفريق'], aliases: [], articles: ['article:corpus-000']},
  {id: 'person:jurgen-stock', name: 'يورغن شتوك', nameEn: 'Jürgen Stock', ranks: [], aliases: ['يورجن شتوك'], articles: ['article:corpus-000']},
  {id: 'person:bassam-mohammed-al-maraj', name: 'بسام محمد المعراج', nameEn: 'Bassam Mohammed Al Maraj', ranks: ['العميد'], aliases: [], articles: ['article:corpus-000']},
  {id: 'person:ali-abdullah-al-jowder', name: 'علي عبدالله الجودر', nameEn: 'Ali Abdullah Al Jowder', ranks: ['العقيد'], aliases: ['علي عبد الله الجودر'], articles: ['article:corpus-000']},
  {id: 'person:mohammed-khalid-al-absi', name: 'محمد خالد العبسي', nameEn: 'Mohammed Khalid Al Absi', ranks: ['الرائد'], aliases: [], articles: ['article:corpus-000']},
  {id: 'person:ahmed-naser-al-raisi', name: 'أحمد ناصر الريسي', nameEn: 'Ahmed Naser Al Raisi', ranks: ['اللواء', 'الدكتور'], aliases: [], articles: ['article:corpus-001', 'article:corpus-002', 'article:corpus-004']},
  {id: 'person:valdecy-urquiza', name: 'فالديسي أوركيزا', nameEn: 'Valdecy Urquiza', ranks: [], aliases: [], articles: ['article:corpus-001']},
  {id: 'person:abdellatif-hammouchi', name: 'عبد اللطيف حموشي', nameEn: 'Abdellatif Hammouchi', ranks: [], aliases: ['عبداللطيف حموشي'], articles: ['article:corpus-003']},
  {id: 'person:rashid-bin-abdullah-al-khalifa', name: 'راشد بن عبد الله آل خليفة', nameEn: 'Rashid bin Abdullah Al Khalifa', ranks: ['الفريق أول', 'الشيخ', 'معالي'], aliases: [], articles: ['article:corpus-004']}
] AS p
CREATE (person:Person {id: p.id, name: p.name, nameEn: p.nameEn, ranks: p.ranks, aliases: p.aliases})
WITH person, p
UNWIND p.articles AS articleId
MATCH (a:Article {id: articleId})
CREATE (person)-[:MENTIONED_IN {confidence: CASE WHEN articleId = 'article:corpus-002' THEN 0.7 ELSE 1.0 END}]->(a);

UNWIND [
  {person: 'person:tariq-bin-hassan-al-hassan', org: 'org:bahrain-public-security', title: 'رئيس الأمن العام', titleEn: 'Chief of Public Security', articles: ['article:corpus-000']},
  {person: 'person:jurgen-stock', org: 'org:interpol', title: 'الأمين العام', titleEn: 'Secretary General', articles: ['article:corpus-000']},
  {person: 'person:bassam-mohammed-al-maraj', org: 'org:bahrain-anti-corruption-directorate', title: 'مدير عام', titleEn: 'Director General', articles: ['article:corpus-000']},
  {person: 'person:ali-abdullah-al-jowder', org: 'org:bahrain-international-affairs-directorate', title: 'مدير', titleEn: 'Director', articles: ['article:corpus-000']},
  {person: 'person:mohammed-khalid-al-absi', org: 'org:bahrain-international-affairs-directorate', title: 'رئيس شعبة', titleEn: 'Head of Section', articles: ['article:corpus-000']},
  {person: 'person:ahmed-naser-al-raisi', org: 'org:interpol', title: 'رئيس', titleEn: 'President', from: '2025-02-11', to: '2025-02-11', articles: ['article:corpus-001', 'article:corpus-004']},
  {person: 'person:valdecy-urquiza', org: 'org:interpol', title: 'الأمين العام', titleEn: 'Secretary General', from: '2025-02-11', to: '2025-02-11', articles: ['article:corpus-001']},
  {person: 'person:abdellatif-hammouchi', org: 'org:morocco-dgsn', title: 'المدير العام للأمن الوطني', titleEn: 'Director General of National Security', articles: ['article:corpus-003']},
  {person: 'person:abdellatif-hammouchi', org: 'org:morocco-dgst', title: 'المدير العام لمراقبة التراب الوطني', titleEn: 'Director General of Territorial Surveillance', articles: ['article:corpus-003']},
  {person: 'person:rashid-bin-abdullah-al-khalifa', org: 'org:bahrain-interior-ministry', title: 'وزير الداخلية', titleEn: 'Minister of Interior', articles: ['article:corpus-004']}
] AS pos
MATCH (p:Person {id: pos.person}), (o:Organization {id: pos.org})
CREATE (p)-[:HOLDS_POSITION {title: pos.title, titleEn: pos.titleEn, from: pos.from, to: pos.to,
        sourceIds: pos.articles, quotes: [x IN pos.articles | ''], confidences: [x IN pos.articles | 1.0]}]->(o);

UNWIND [
  {id: 'event:global-coalition-adaptive-policing-meeting', article: 'article:corpus-000', kind: 'MEETING', virtual: true,
   name: 'اجتماع التحالف العالمي للعمل الشرطي القادر على التكيف', nameEn: 'Meeting of the Global Coalition for Adaptive Policing', aliases: []},
  {id: 'event:interpol-ncb-heads-conference-20', article: 'article:corpus-001', kind: 'CONFERENCE', virtual: false,
   name: 'مؤتمر الإنتربول السنوي العشرون لرؤساء المكاتب المركزية الوطنية', nameEn: '20th INTERPOL Heads of National Central Bureaus Conference',
   aliases: ['مؤتمر رؤساء المكاتب المركزية الوطنية'], start: '2025-02-11', end: '2025-02-13', place: 'place:lyon'},
  {id: 'event:arab-police-security-leaders-conference-47', article: 'article:corpus-002', kind: 'CONFERENCE', virtual: false,
   name: 'المؤتمر السابع والأربعون لقادة الشرطة والأمن العرب', nameEn: '47th Conference of Arab Police and Security Leaders',
   aliases: ['مؤتمر قادة الشرطة والأمن العرب'], place: 'place:tangier'},
  {id: 'event:interpol-general-assembly-93', article: 'article:corpus-003', kind: 'GENERAL_ASSEMBLY', virtual: false,
   name: 'الدورة 93 للجمعية العامة للإنتربول', nameEn: '93rd INTERPOL General Assembly',
   aliases: ['الجمعية العامة للانتربول'], start: '--11-24', end: '--11-27', place: 'place:marrakech'},
  {id: 'event:bahrain-interior-minister-visit-interpol', article: 'article:corpus-004', kind: 'VISIT', virtual: false,
   name: 'زيارة وزير الداخلية البحريني إلى مقر المنظمة الدولية للشرطة الجنائية', nameEn: "Bahrain Interior Minister's visit to INTERPOL",
   aliases: [], start: '--06-12', place: 'place:paris'}
] AS e
MATCH (a:Article {id: e.article})
CREATE (event:Event {id: e.id, name: e.name, nameEn: e.nameEn, aliases: e.aliases, kind: e.kind, virtual: e.virtual,
                     startDate: e.start, endDate: e.end})-[:MENTIONED_IN {confidence: 1.0}]->(a)
WITH event, e
OPTIONAL MATCH (place:Place {id: e.place})
FOREACH (p IN CASE WHEN place IS NULL THEN [] ELSE [place] END |
  CREATE (event)-[:HELD_IN {sourceIds: [e.article], quotes: [''], confidences: [1.0]}]->(p));

UNWIND [
  ['org:interpol', 'event:global-coalition-adaptive-policing-meeting', 'article:corpus-000'],
  ['org:interpol', 'event:interpol-ncb-heads-conference-20', 'article:corpus-001'],
  ['org:aimc-general-secretariat', 'event:arab-police-security-leaders-conference-47', 'article:corpus-002'],
  ['org:interpol', 'event:interpol-general-assembly-93', 'article:corpus-003']
] AS row
MATCH (o:Organization {id: row[0]}), (e:Event {id: row[1]})
CREATE (o)-[:ORGANIZED {sourceIds: [row[2]], quotes: [''], confidences: [1.0]}]->(e);

UNWIND [
  ['person:tariq-bin-hassan-al-hassan', 'event:global-coalition-adaptive-policing-meeting', 'attendee', 1.0, 'article:corpus-000'],
  ['person:jurgen-stock', 'event:global-coalition-adaptive-policing-meeting', 'speaker', 1.0, 'article:corpus-000'],
  ['person:bassam-mohammed-al-maraj', 'event:global-coalition-adaptive-policing-meeting', 'attendee', 1.0, 'article:corpus-000'],
  ['person:ali-abdullah-al-jowder', 'event:global-coalition-adaptive-policing-meeting', 'attendee', 1.0, 'article:corpus-000'],
  ['person:mohammed-khalid-al-absi', 'event:global-coalition-adaptive-policing-meeting', 'attendee', 1.0, 'article:corpus-000'],
  ['person:ahmed-naser-al-raisi', 'event:interpol-ncb-heads-conference-20', 'speaker', 1.0, 'article:corpus-001'],
  ['person:valdecy-urquiza', 'event:interpol-ncb-heads-conference-20', 'speaker', 1.0, 'article:corpus-001'],
  ['person:ahmed-naser-al-raisi', 'event:arab-police-security-leaders-conference-47', 'attendee', 0.7, 'article:corpus-002'],
  ['person:abdellatif-hammouchi', 'event:interpol-general-assembly-93', 'speaker', 1.0, 'article:corpus-003'],
  ['person:rashid-bin-abdullah-al-khalifa', 'event:bahrain-interior-minister-visit-interpol', 'guest', 1.0, 'article:corpus-004'],
  ['person:ahmed-naser-al-raisi', 'event:bahrain-interior-minister-visit-interpol', 'host', 1.0, 'article:corpus-004']
] AS row
MATCH (p:Person {id: row[0]}), (e:Event {id: row[1]})
CREATE (p)-[:ATTENDED {role: row[2], sourceIds: [row[4]], quotes: [''], confidences: [row[3]]}]->(e);

UNWIND [
  ['event:global-coalition-adaptive-policing-meeting', 'article:corpus-000',
   ['cybercrime', 'covid-19', 'emerging-crime', 'digital-transformation', 'capacity-building', 'information-sharing', 'innovation-and-technology']],
  ['event:interpol-ncb-heads-conference-20', 'article:corpus-001',
   ['gang-violence', 'extremism', 'cybercrime', 'virtual-reality', 'artificial-intelligence', 'transnational-crime', 'information-sharing']],
  ['event:arab-police-security-leaders-conference-47', 'article:corpus-002',
   ['terrorism', 'organized-crime', 'cybercrime', 'artificial-intelligence', 'major-events-security', 'police-welfare', 'security-awareness', 'police-sports', 'technology-misuse']],
  ['event:interpol-general-assembly-93', 'article:corpus-003',
   ['organized-crime', 'cybercrime', 'fraud', 'women-in-policing', 'transnational-crime', 'terrorism', 'information-sharing']],
  ['event:bahrain-interior-minister-visit-interpol', 'article:corpus-004',
   ['artificial-intelligence', 'cybercrime', 'economic-crime', 'transnational-crime', 'organized-crime', 'emerging-crime', 'information-sharing', 'capacity-building']]
] AS row
MATCH (e:Event {id: row[0]})
UNWIND row[2] AS key
MATCH (t:Topic {key: key})
CREATE (e)-[:ABOUT {sourceIds: [row[1]], quotes: [''], confidences: [1.0]}]->(t);
