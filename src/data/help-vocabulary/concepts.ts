/**
 * Kinds of help, language-neutral: each concept's English directory words (the words real English
 * HSDS directories use in names, descriptions and keywords; first the most telling), its Open
 * Eligibility 2.0 codes (ids as in Code for America's ohana-api `data/sample-csv/taxonomy.csv`
 * @ e3ab28075a5f, stored under the project's shared data; CC BY-SA 3.0, Aunt Bertha), and for
 * language concepts the language tag of services that speak it.
 *
 * One line per concept: `id | English words, comma-separated | OE codes | language`. The words of
 * each concept in the nine languages are in the per-language files next to this one (es.ts, zh.ts,
 * ...), loaded on demand through src/service-finder/vocabulary.ts. Words chosen by this project from
 * the Open Eligibility names, the San Mateo County (SMC-Connect) directory's keywords, and 211 usage.
 */
export const CONCEPT_TABLE = `
food | food, groceries | 102
meals | meals, meal, lunch, dinner, breakfast | 102-05
pantry | pantry, pantries, food bank, brown bag | 102-04
emergency-food | emergency food, food boxes, food vouchers | 101-03 102-02
food-delivery | home delivered meals, meals on wheels, food delivery | 102-03
food-stamps | food stamps, SNAP, CalFresh, EBT, food benefits | 102-06-02 107-03-02
wic | WIC, women infants and children | 102-06
nutrition | nutrition, diet | 102-07 106-04-04
garden | garden, community garden | 102-01
housing | housing, housing authority | 103
shelter | shelter, shelters, emergency housing | 101-04 103-01
homeless | homeless, homelessness | 103-01
rent-help | rental assistance, rent, rental deposit | 101-02-03 103-03
find-housing | affordable housing, housing search, apartments | 103-02
public-housing | public housing, section 8, housing vouchers | 103-05-02-04 103-03-04
transitional-housing | transitional housing, transition houses | 103-05-04
eviction | eviction, tenant, landlord | 103-04
home-repair | home repair, repairs, weatherization | 103-03-05
foreclosure | foreclosure, mortgage | 103-04-01
homebuyer | homebuyer, home buyer, home ownership | 103-04-02
assisted-living | assisted living, residential care, board and care | 103-05-02-01 108-06-01
nursing-home | nursing home, skilled nursing | 103-05-02-03 108-06-03
utilities | utilities, utility | 101-02-06 103-03-02
electricity | energy, electric, PG&E | 103-03-02
water-bill | water bill, water | 103-03-02
phone | cell phone, free phone, phone bill, Lifeline, phone plan, phone, telephone | 
internet | internet, wireless, computers | 
computer-class | computer classes, computer | 109-06-02
transportation | transportation, transit, rides | 105
bus-pass | bus, bus tokens, bus pass | 105-01-01
gas-help | gas, gasoline | 105-01-02
car | automobile, car, vehicle | 
medical-rides | medical transportation, paratransit | 105-02-01
money | financial assistance, cash, money | 107-02
emergency-cash | emergency assistance, emergency cash | 101-02
benefits | benefits, public assistance, welfare | 107-03
cash-aid | cash aid, CalWORKs, general assistance, TANF | 107-03
disability-benefits | SSI, SSDI, disability benefits | 107-03-01
social-security | Social Security, retirement benefits | 107-03-03
unemployment | unemployment | 107-03-05 110-02-04
taxes | tax preparation, taxes, tax | 107-07
financial-education | financial education, budgeting, money management | 107-05
credit | credit, debt, credit counseling | 107-05-01
loans | loans, loan | 
insurance | insurance | 107-06
health-insurance | health insurance, Medi-Cal, Medicaid, Covered California | 106-05-04
medicare | Medicare | 106-05-04
medical-bills | medical bills, help pay for healthcare | 106-05 107-02-03
jobs | jobs, employment, job | 110
job-search | job search, job placement, job listings | 110-01
job-training | job training, vocational, training | 110-03
resume | resume, interview | 109-06-05 110-03-05
career-center | career center, career services, career | 110-01
workers-rights | workplace rights, wage claims, labor | 110-05
volunteer | volunteer, volunteers | 
small-business | small business, business | 
education | education, school, classes | 109
english-classes | English as a Second Language, ESL, ESOL, English | 109-03-03
literacy | literacy, reading | 109-06-01
tutoring | tutoring, homework | 109-03-10
ged | GED, high school diploma, adult school | 109-03-06
college | college, community college, university | 109
financial-aid | financial aid, scholarships | 109-02-04
library | library, libraries | 104-03-02
citizenship | citizenship, naturalization | 109-05-01 111-01-02
immigration | immigration, immigrants, asylum, DACA | 111-01-02
refugees | refugee, refugees | 111-01-02
legal | legal services, legal, lawyer, attorney | 111
legal-aid | legal aid, free legal | 111-01
mediation | mediation | 111-02
notary | notary | 111-03
interpretation | interpretation, translation, interpreter | 111-05
court | court, self-help center | 
divorce | divorce, custody, family law | 
discrimination | discrimination, civil rights | 111-01-03
id-documents | identification, ID card, birth certificate | 111-01-05
vital-records | vital records, vital statistics, birth certificate | 
reentry | reentry, parole, probation, ex-offenders | 
veterans | veterans, veteran, military | 
health | health, medical, health care | 106
clinic | clinic, clinics, health center | 106-06-09
doctor | doctor, physician, primary care, medical care | 106-06-09
dental | dental, dentist, teeth | 106-02
vision | vision, eye, glasses | 106-06-04-06
hearing | hearing, deaf, hard of hearing | 106-06-04-03
hospital | hospital, medical center | 106-06
urgent-care | urgent care, emergency room | 
prescriptions | prescription, medication, pharmacy | 106-05-06
vaccinations | immunization, immunizations, vaccination, vaccine | 106-06-07-08
checkup | screening, checkup, testing | 106-06-04
hiv | HIV, AIDS | 106-06-07-02
std | STD, sexually transmitted | 106-06-04-02
pregnancy | pregnancy, pregnant, prenatal | 106-06-05
family-planning | family planning, birth control, contraception | 106-04-03 106-06-03
maternity | maternity, postpartum, childbirth | 106-06-05
breastfeeding | breastfeeding, lactation | 
disability | disability, disabilities, disabled | 106-04-07
developmental-disability | developmental disabilities, autism | 
physical-therapy | physical therapy, rehabilitation | 106-06-07-06
home-care | in-home supportive, in-home care, home health | 106-06-07-09 108-07-04
hospice | hospice, end of life | 106-03-03
grief | grief, bereavement | 106-03-01
funeral | funeral, burial | 106-03-02
mental-health | mental health, behavioral health, psychiatric | 106-04-08
counseling | counseling, counselling, therapy, therapist | 106-06-07-01 108-07-01
psychiatrist | psychiatrist, psychiatric, psychiatry | 106-06-04-04
crisis | crisis, hotline, crisis line | 101-07 108-07-02
suicide-prevention | suicide prevention, suicide | 108-07-02
depression | depression | 
anxiety | anxiety, stress | 
support-group | support group, support groups, group support | 108-07-09
peer-support | peer support, peer counseling | 108-07-07
trauma | trauma, PTSD | 
substance-use | substance abuse, drug, alcohol, addiction, recovery | 106-01
alcohol | alcohol, alcoholism, alcoholics anonymous | 106-01
detox | detox, detoxification | 106-01-02
rehab | residential treatment, rehabilitation, treatment | 106-01-05
twelve-step | 12-step, narcotics anonymous | 106-01-01
smoking | smoking, tobacco, nicotine | 
gambling | gambling | 
domestic-violence | domestic violence, battered, abuse | 101-06-01
sexual-assault | sexual assault, rape | 101-06
child-abuse | child abuse, child protective | 
elder-abuse | elder abuse, adult protective | 
safety | safety, violence, safe | 101-06
trafficking | trafficking, human trafficking | 
childcare | child care, childcare, day care, daycare | 108-03-03
preschool | preschool, head start | 108-03-05 109-04
after-school | after school, afterschool | 108-03-02
children | children, kids, child | 
youth | youth, teens, teen, adolescent | 
parenting | parenting, parents, parent education | 106-04-05
family | family, families | 
foster-care | foster care, foster, adoption | 108-01
baby-supplies | diapers, formula, baby | 104-01
older-adults | older adults, seniors, senior, elderly, aging | 
senior-center | senior center, adult activity center | 
adult-day | adult day, adult day health | 108-03-01
caregivers | caregiver, caregivers, respite | 108-03-07
dementia | dementia, Alzheimer, memory loss | 
clothing | clothing, clothes | 104-02
furniture | furniture | 104-03-03
household-goods | household items, household, blankets, home goods | 104-03
hygiene | hygiene, showers, toiletries, personal care | 104-03-04 106-06-06
laundry | laundry | 
school-supplies | school supplies, backpacks | 104-02-02
toys | toys, gifts, holiday | 104-06
medical-equipment | medical equipment, medical supplies, wheelchairs | 104-04
lgbtq | LGBT, gay, lesbian, transgender | 
women | women | 
men | men | 
farmworkers | farmworkers, migrant | 
information-referral | information and referral, referrals, referral | 108-05
case-management | case management | 108-05
forms-help | forms, applications, help fill out forms | 108-05-01
mentoring | mentoring, mentor | 108-07-05
recreation | recreation, sports, exercise, fitness | 108-03-06
arts | arts, crafts, music | 
camp | camp, camping | 108-03-04
spiritual | spiritual, church, pastoral | 108-07-08
pets | pets, animals, animal | 108-02
disaster | disaster, fire, flood | 101-01
home-visits | home visiting, home visits | 108-07-03
consumer | consumer, scams, fraud | 
free-clinic | free clinic, free medical | 106-05-03
low-cost | low cost, sliding scale, free | 
emergency | emergency | 101
runaway | runaway, youth shelter | 
wheelchair | wheelchair, accessible | 
lang-spanish | Spanish | | es
lang-chinese | Chinese | | zh
lang-cantonese | Cantonese | | yue
lang-mandarin | Mandarin | | cmn
lang-vietnamese | Vietnamese | | vi
lang-tagalog | Tagalog, Filipino | | tl
lang-russian | Russian | | ru
lang-korean | Korean | | ko
lang-arabic | Arabic | | ar
sign-language | sign language, ASL | | sgn
bilingual | bilingual, interpreter | 
`;
