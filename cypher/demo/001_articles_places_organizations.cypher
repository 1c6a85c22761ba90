// The demo graph: the facts of the five sample articles (../shared/corpus), written by hand in our own words.
// Articles carry metadata only. Loaded once, in one transaction, on the first start with an empty store.

UNWIND [
  {id: 'article:corpus-000', url: 'corpus:000_f8d7e61be6dba602.txt', title: 'Bahrain Public Security chief joins INTERPOL adaptive policing meeting', publishedAt: null},
  {id: 'article:corpus-001', url: 'corpus:001_7d2b5f99315657f2.txt', title: 'INTERPOL opens its annual conference of National Central Bureau heads in Lyon', publishedAt: '2025-02-11'},
  {id: 'article:corpus-002', url: 'corpus:002_4c77df3cdd400cf5.txt', title: '47th Conference of Arab Police and Security Leaders closes in Tangier', publishedAt: null},
  {id: 'article:corpus-003', url: 'corpus:003_7f5ce3c5399a6bce.txt', title: '93rd INTERPOL General Assembly opens in Marrakech', publishedAt: '--11'},
  {id: 'article:corpus-004', url: 'corpus:004_85230b6e3a779905.txt', title: 'Bahrain Interior Minister visits INTERPOL and meets its President', publishedAt: '--06-12', sourceName: 'بنا'}
] AS a
CREATE (:Article {id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, language: 'ar',
                  sourceName: a.sourceName, ingestedAt: datetime()});

UNWIND [
  {id: 'place:france', name: 'فرنسا', nameEn: 'France', aliases: ['الجمهورية الفرنسية'], kind: 'COUNTRY', articles: ['article:corpus-001', 'article:corpus-004']},
  {id: 'place:morocco', name: 'المغرب', nameEn: 'Morocco', aliases: ['المملكة المغربية'], kind: 'COUNTRY', articles: ['article:corpus-002', 'article:corpus-003']},
  {id: 'place:qatar', name: 'قطر', nameEn: 'Qatar', aliases: ['دولة قطر'], kind: 'COUNTRY', articles: ['article:corpus-002']},
  {id: 'place:bahrain', name: 'البحرين', nameEn: 'Bahrain', aliases: ['مملكة البحرين'], kind: 'COUNTRY', articles: ['article:corpus-004']},
  {id: 'place:lyon', name: 'ليون', nameEn: 'Lyon', aliases: [], kind: 'CITY', country: 'place:france', articles: ['article:corpus-001']},
  {id: 'place:paris', name: 'باريس', nameEn: 'Paris', aliases: [], kind: 'CITY', country: 'place:france', articles: ['article:corpus-004']},
  {id: 'place:tangier', name: 'طنجة', nameEn: 'Tangier', aliases: ['طنجه'], kind: 'CITY', country: 'place:morocco', articles: ['article:corpus-002']},
  {id: 'place:marrakech', name: 'مراكش', nameEn: 'Marrakech', aliases: ['مراكش الحمراء'], kind: 'CITY', country: 'place:morocco', articles: ['article:corpus-003']},
  {id: 'place:doha', name: 'الدوحة', nameEn: 'Doha', aliases: [], kind: 'CITY', country: 'place:qatar', articles: ['article:corpus-002']}
] AS p
CREATE (place:Place {id: p.id, name: p.name, nameEn: p.nameEn, aliases: p.aliases, kind: p.kind})
WITH place, p
UNWIND p.articles AS articleId
MATCH (a:Article {id: articleId})
CREATE (place)-[:MENTIONED_IN {confidence: 1.0}]->(a);

MATCH (city:Place {kind: 'CITY'})
WITH city, {`place:lyon`: 'place:france', `place:paris`: 'place:france', `place:tangier`: 'place:morocco',
            `place:marrakech`: 'place:morocco', `place:doha`: 'place:qatar'}[city.id] AS countryId
MATCH (country:Place {id: countryId})
CREATE (city)-[:IN_COUNTRY]->(country);

UNWIND [
  {id: 'org:interpol', name: 'المنظمة الدولية للشرطة الجنائية', nameEn: 'INTERPOL', acronym: 'INTERPOL',
   aliases: ['الإنتربول', 'الانتربول', 'منظمة الإنتربول', 'International Criminal Police Organization'],
   articles: ['article:corpus-000', 'article:corpus-001', 'article:corpus-002', 'article:corpus-003', 'article:corpus-004']},
  {id: 'org:interpol-ncbs', name: 'المكاتب المركزية الوطنية', nameEn: 'INTERPOL National Central Bureaus', acronym: 'NCB',
   aliases: [], parent: 'org:interpol', articles: ['article:corpus-000', 'article:corpus-001']},
  {id: 'org:bahrain-interior-ministry', name: 'وزارة الداخلية', nameEn: 'Ministry of Interior (Bahrain)', aliases: ['وزارة الداخلية البحرينية'],
   country: 'place:bahrain', articles: ['article:corpus-004']},
  {id: 'org:bahrain-public-security', name: 'الأمن العام', nameEn: 'Public Security (Bahrain)', aliases: ['رئاسة الأمن العام'],
   country: 'place:bahrain', parent: 'org:bahrain-interior-ministry', articles: ['article:corpus-000']},
  {id: 'org:bahrain-anti-corruption-directorate', name: 'الإدارة العامة لمكافحة الفساد والأمن الاقتصادي والإلكتروني',
   nameEn: 'General Directorate of Anti-Corruption and Economic and Electronic Security',
   aliases: ['إدارة مكافحة الفساد والأمن الاقتصادي والإلكتروني'], country: 'place:bahrain', parent: 'org:bahrain-interior-ministry',
   articles: ['article:corpus-000']},
  {id: 'org:bahrain-international-affairs-directorate', name: 'إدارة الشؤون الدولية والإنتربول',
   nameEn: 'Directorate of International Affairs and INTERPOL', aliases: ['إدارة الشؤون الدولية والانتربول'],
   country: 'place:bahrain', parent: 'org:bahrain-interior-ministry', articles: ['article:corpus-000']},
  {id: 'org:bahrain-police', name: 'شرطة البحرين', nameEn: 'Bahrain Police', aliases: [], country: 'place:bahrain',
   parent: 'org:bahrain-interior-ministry', articles: ['article:corpus-004']},
  {id: 'org:naif-university', name: 'جامعة نايف العربية للعلوم الأمنية', nameEn: 'Naif Arab University for Security Sciences',
   acronym: 'NAUSS', aliases: ['جامعة نايف'], articles: ['article:corpus-000', 'article:corpus-002']},
  {id: 'org:arab-interior-ministers-council', name: 'مجلس وزراء الداخلية العرب', nameEn: 'Arab Interior Ministers Council',
   acronym: 'AIMC', aliases: [], articles: ['article:corpus-002']},
  {id: 'org:aimc-general-secretariat', name: 'الأمانة العامة لمجلس وزراء الداخلية العرب',
   nameEn: 'General Secretariat of the Arab Interior Ministers Council', aliases: [], parent: 'org:arab-interior-ministers-council',
   articles: ['article:corpus-002']},
  {id: 'org:arab-police-sports-federation', name: 'الاتحاد الرياضي العربي للشرطة', nameEn: 'Arab Police Sports Federation',
   aliases: [], parent: 'org:arab-interior-ministers-council', articles: ['article:corpus-002']},
  {id: 'org:morocco-dgsn', name: 'المديرية العامة للأمن الوطني', nameEn: 'General Directorate of National Security (Morocco)',
   acronym: 'DGSN', aliases: ['الأمن الوطني'], country: 'place:morocco', articles: ['article:corpus-003']},
  {id: 'org:morocco-dgst', name: 'المديرية العامة لمراقبة التراب الوطني', nameEn: 'General Directorate of Territorial Surveillance (Morocco)',
   acronym: 'DGST', aliases: ['مراقبة التراب الوطني'], country: 'place:morocco', articles: ['article:corpus-003']}
] AS o
CREATE (org:Organization {id: o.id, name: o.name, nameEn: o.nameEn, aliases: o.aliases, acronym: o.acronym})
WITH org, o
OPTIONAL MATCH (country:Place {id: o.country})
FOREACH (c IN CASE WHEN country IS NULL THEN [] ELSE [country] END | CREATE (org)-[:IN_COUNTRY]->(c))
WITH org, o
UNWIND o.articles AS articleId
MATCH (a:Article {id: articleId})
CREATE (org)-[:MENTIONED_IN {confidence: 1.0}]->(a);

UNWIND [
  ['org:interpol-ncbs', 'org:interpol'], ['org:bahrain-public-security', 'org:bahrain-interior-ministry'],
  ['org:bahrain-anti-corruption-directorate', 'org:bahrain-interior-ministry'],
  ['org:bahrain-international-affairs-directorate', 'org:bahrain-interior-ministry'],
  ['org:bahrain-police', 'org:bahrain-interior-ministry'], ['org:aimc-general-secretariat', 'org:arab-interior-ministers-council'],
  ['org:arab-police-sports-federation', 'org:arab-interior-ministers-council']
] AS pair
MATCH (child:Organization {id: pair[0]}), (parent:Organization {id: pair[1]})
CREATE (child)-[:PART_OF]->(parent);
