extension BuiltInCodebooks {
    /// North Lincolnshire Children in Care and Care Leavers Partnership Plan 2022-2024, success measures.
    static let northLincolnshire2022 = """
    framework: north-lincolnshire-2022
    title: What will success look like?
    source: North Lincolnshire Council, Children in Care and Care Leavers Partnership Plan 2022-2024
    # Phrases that hold a cue but are about something else: their words count for no theme.
    not-cues: pocket money, want to be able, want to be allowed, she lives with, he lives with, they live with
    not-cues: who lives with, that lives with, lives with another, great job, good job, proud of myself, corporate parent

    theme: safe
    title: Safe
    child-title: Feeling safe
    description: Feeling safe and confident where we live and in our communities; stable homes; staying with family where it is safe.
    cues: safe, unsafe, not safe, safety, scared, frightened, bullied, bullying, bully, danger*, police, secure, protect*
    cues: placement, placements, move, moved, moving, settled, stable, stability, home, house, where i live, foster home
    cues: children's home, childrens home, neighbours, area, community, online, trust
    weak-cues: live, stay
    example: Adolescents develop resilience and tell us they feel safe and confident in their communities.

    theme: well
    title: Well
    child-title: Feeling healthy and happy
    description: Good emotional wellbeing and mental health, support tailored to us, physical health.
    cues: health, healthy, mental health, camhs, feelings*, emotions, emotional, wellbeing, well being, happy, unhappy
    cues: sad, anxious, anxiety, depressed, depression, stress*, worried, worry, angry, lonely, loneliness, counsell*
    cues: therapy, therapist, doctor, doctors, dentist, nurse, medical*, sleep, eating, food, cook, cooking, gym, fit
    cues: fitness, sport, sports, sporty, football, swimming, exercise, talk to someone
    example: Children in care and care leavers report improved emotional well-being and mental health.

    theme: prosperous
    title: Prosperous
    child-title: School, work and money
    description: Education, training and employment; aspirations; money and independence skills.
    cues: school, schools, college, uni, university, teacher, teachers, homework, exam, exams, examination*, gcse*, lesson*, class, tutor
    cues: pep, apprenticeship*, job, jobs, work, working, employment, career*, training, course, courses, qualification*
    cues: education, learning, learn, money, budget, budgeting, bills, rent, savings, bank, universal credit, benefits
    cues: independence, independent, live on my own, flat, own flat, driving lessons, future, dream*, want to be
    example: Care leavers are in education, employment and training.

    theme: connected
    title: Connected
    child-title: Keeping in touch with people who matter
    description: Relationships with family, friends, carers and workers; being listened to; taking part; being connected online.
    cues: contact, see my, seeing my, brother, brothers, sister, sisters, sibling*, nan, grandma, grandad, family, mum
    cues: dad, parents, friends, friend, mates, carer, carers, foster carer*, social worker, social workers, sw, worker
    cues: workers, pa, personal adviser, iro, relationship*, stay in touch, keep in touch, listen, listened, listens
    cues: have a say, my say, involved, take part, children in care council, youth club, clubs, activities, wifi
    cues: internet, phone, lonely, loneliness, community, trust
    example: Children and young people are connected to the people who matter to them.
    together: carer, carers, foster carer, foster carers, foster family, staff, worker, social worker, sw, pa | kind, nice, lovely, care about, respect, listen to me, listens, there for me, trust, amazing, brilliant, helpful, supportive, horrible, rude
    together: mum, dad, parents, nan, grandad, brother, brothers, sister, sisters, family, cousin, auntie, uncle | talk to, phone, call, ring, text, miss, missing, visit, see, time with
    """
}
