/**
 * English words people type for each kind of help (concepts.ts), beyond the directory words there:
 * everyday and British spellings. The directory words of concepts.ts count as English words too.
 */
export default `
food: something to eat, hungry, groceries
meals: hot meal, free meals, soup kitchen
pantry: food pantry, food shelf
food-stamps: food stamps, EBT card
housing: a place to live, home, apartment
shelter: somewhere to sleep, a bed tonight, shelter bed
homeless: unhoused, sleeping outside, no place to live
rent-help: rent help, rent money, behind on rent, rent assistance
utilities: electric bill, gas bill, light bill, utility bill, shut off notice
phone: free phone, lifeline phone, free cell phone, lifeline program, phone bill, phone plan, cellphone, mobile phone
internet: wifi, broadband, computer access
transportation: a ride, rides, getting around
money: cash assistance, help with bills
jobs: work, a job, employment
job-training: training, vocational training, job skills
legal: lawyer, legal help, attorney
legal-aid: free lawyer
immigration: immigration help, green card, visa, papers
health: healthcare, health care, medical care
clinic: health clinic, community clinic
doctor: a doctor, GP, primary care doctor
dental: dentist, teeth, tooth
counseling: counselling, therapy, someone to talk to, therapist
mental-health: emotional support, mental health care
substance-use: drugs, addiction, recovery
childcare: child care, babysitting, nursery
older-adults: elderly, seniors, old people, aging, elders
clothing: clothes, coats, winter coats
furniture: beds, mattress, furniture bank
transportation: bus, rides
english-classes: English lessons, learn English
library: public library, libraries
domestic-violence: abuse at home, partner abuse, DV
disability: disabled, disabilities, special needs
youth: teenagers, young people, kids
veterans: vet, ex-military, former service members
reentry: leaving prison, leaving jail, released from prison, formerly incarcerated
id-documents: ID, identity card, lost ID, documents
`;
