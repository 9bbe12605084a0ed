extension BuiltInCodebooks {
    /// Nottinghamshire Partnership Strategy for Looked After Children and Care Leavers 2018-21, ambitions.
    static let nottinghamshire2018 = """
    framework: nottinghamshire-2018
    title: Our ambitions for looked after children and care leavers
    source: Nottinghamshire County Council, Partnership Strategy for Looked After Children and Care Leavers 2018-21
    # Phrases that hold a cue but are about something else: their words count for no theme.
    not-cues: pocket money, want to be able, want to be allowed, she lives with, he lives with, they live with
    not-cues: who lives with, that lives with, lives with another, great job, good job, proud of myself, corporate parent

    theme: safe
    title: Is safe and feels safe
    child-title: Being and feeling safe
    description: Safe homes and placements, contact with family where safe, protection from harm, bullying and exploitation.
    cues: safe, unsafe, not safe, safety, scared, frightened, bullied, bullying, bully, danger*, police, secure, protect*
    cues: placement, placements, move, moved, moving, settled, stable, stability, foster home, children's home
    cues: childrens home, where i live, home, house, contact, see my, family, brother, sister, siblings, online
    example: Looked after children and care leavers are safe and feel safe.

    theme: health-wellbeing
    title: Experiences good physical, emotional and mental health and wellbeing
    child-title: Feeling healthy and well
    description: Physical, emotional and mental health, health histories and assessments, support until 24 if needed.
    cues: health, healthy, mental health, camhs, feelings*, emotions, emotional, wellbeing, well being, happy, unhappy
    cues: sad, anxious, anxiety, depressed, depression, stress*, worried, worry, angry, lonely, loneliness, counsell*
    cues: therapy, therapist, doctor, doctors, dentist, nurse, medical*, health assessment, sleep, eating, food, gym
    cues: fit, fitness, sport, sports, sporty, football, swimming, exercise
    example: Ensure children and young people understand their health histories and assessments.

    theme: fulfil-potential
    title: Fulfils their potential
    child-title: Doing your best at school
    description: School, progress and attendance, special educational needs support, designated teachers, aspirations.
    cues: school, schools, teacher, teachers, homework, maths, english, science, exam, exams, examination*, gcse*, lesson*, class, tutor
    cues: tutors, pep, virtual school, designated teacher, sen, ehcp, detention, excluded, exclusion, learning, learn
    cues: education, grades, results, revision, clubs, club, activities, trips, dream*, want to be, ambition*
    example: Support designated teachers in schools so our children meet their full potential.

    theme: employment-independence
    title: Achieves sustained and fulfilling employment and economic independence
    child-title: Work and money
    description: Work experience from Year 9, apprenticeships, jobs, college and university, money and economic independence.
    cues: job, jobs, work, working, employment, employer, apprenticeship*, traineeship*, work experience, career*, cv
    cues: interview*, college, uni, university, course, courses, training, qualification*, money, budget, budgeting
    cues: bills, rent, savings, bank, universal credit, benefits, wage*, pay, part time job, saturday job
    example: Care leavers will be offered apprenticeships and employment.

    theme: positive-contribution
    title: Makes a positive contribution
    child-title: Having your say and taking part
    description: Having a say, the Children in Care Council, volunteering, taking part in the community, being listened to.
    cues: have a say, have our say, my say, say in, involved, involve*, children in care council, cicc, youth council
    cues: take part, taking part, volunteer*, community, vote, voice, heard, listen to us, listen to me, listened to
    cues: opinion*, views, consultation, youth club, events, groups, group, help others, give back
    example: Looked after children and care leavers make a positive contribution to their communities.

    theme: transition-to-adulthood
    title: Has a successful transition to adulthood
    child-title: Getting ready for adult life
    description: Planning for adulthood with no cliff edge at 18, independence skills, personal advisers, semi-independent living.
    cues: independence, independent, live on my own, own flat, my flat, flat, move out, moving out, leaving care, 18
    cues: 18th, turning 18, adult, adulthood, future, ready, not ready, pa, personal adviser, personal advisor
    cues: pathway plan, semi independent, semi-independent, supported accommodation, supported living, staying put
    cues: setting up home, cooking, cook, shopping, life skills, skills, cliff edge, tenancy, housing
    example: Carefully plan the journey into adulthood so there is no cliff edge at 18.
    """
}
