extension BuiltInCodebooks {
    /// North East Lincolnshire Partnership Strategy for Children Looked After and Care Leavers 2019-2022,
    /// "The key things that young people have told us".
    static let nelc2019 = """
    framework: nelc-2019
    title: The key things that young people have told us
    source: North East Lincolnshire Council, Partnership Strategy for Children Looked After and Care Leavers 2019-2022

    theme: support-us
    title: Support us: how you deliver our services
    child-title: How the council helps you
    description: Decisions made with us in mind, our views valued, being told why, not leaving care before we are ready, promises kept.
    cues: listen to us, listen to me, listened to, dont listen, not listened, our views, my views, my opinion, explain why
    cues: tell me why, told why, no one told me, nobody told me, kept in the dark, decision*, decide, decided, promise*
    cues: pledge*, kept their word, let down, leave care, leaving care, ready to leave, not ready, 21, 25, after 18
    cues: iro, reviews, review, my meetings, in meetings, review meeting, paperwork, forms, came into care
    cues: council, services, unhelpful, on time, late, cancelled, cancels, turn up, rings me back, care plan
    cues: ring me back, calls back, answer, respond, takes ages, too long, changes of worker, keeps changing
    cues: same questions, understand why, why i cant
    weak-cues: social worker, social workers, sw, worker, workers, support, help, helped, helpful, waiting, wait
    example: Value our views and always try to give us opportunities to be heard.
    example: Make sure we don't leave care until we are ready.

    theme: education-training-employment
    title: Education, training and employment: be ambitious for our future
    child-title: School, college and work
    description: The right school, teachers who support us, work experience and jobs, college, university and apprenticeships, bullying.
    cues: school, schools, college, uni, university, teacher, teachers, homework, maths, english, exam*, gcse*, lesson*
    cues: class, classes, tutor, tutors, pep, apprenticeship*, traineeship*, work experience, job, jobs, work, working
    cues: employment, employer, career*, cv, interview*, course, courses, qualification*, education, learning
    cues: bully, bullied, bullying, picked on, virtual school, excluded, exclusion, detention, study, studying, revision
    cues: student, students, laptop, bursary, apprentice, part time job, saturday job, reading, writing, spelling
    weak-cues: training
    example: Find the right school for us that will make time to support us as well as teach us.
    example: Give us opportunities for work experience and employment.

    theme: health-wellbeing
    title: Health and wellbeing: know that we are well
    child-title: Feeling healthy and well
    description: Health information and histories, health care whatever our age, leisure, fun days, medicals, feelings and mental health.
    cues: health, healthy, doctor, doctors, dentist, nurse, medical*, medicine, gp, hospital, camhs, mental health
    cues: therapy, therapist, counsell*, feelings*, emotions, emotional, sad, anxious, anxiety, depressed, depression
    cues: stress*, worried, worry, angry, lonely, loneliness, happy, unhappy, wellbeing, well being, sleep, eating
    cues: food, cook, cooking, gym, leisure centre, leisure, swimming, football, sport*, exercise, fit, fitness, fun day
    cues: fun, activities, health history, health histories, waiting list*, glasses, opticians
    example: Provide us with information about our health histories.
    example: Enable us to have access to the local leisure centres.

    theme: relationships
    title: Relationships: show that you care about our future
    child-title: The people who matter to you
    description: Relationships with workers, carers, family and friends; contacting our workers; celebrating achievements.
    cues: relationship*, contact, see my, seeing my, visit, visits, brother, brothers, sister, sisters, sibling*, nan
    cues: nana, grandma, grandad, auntie, uncle, cousin*, family, mum, dad, parents, friends, friend, mates, mate
    cues: boyfriend, girlfriend, foster mum, foster dad, foster family, key worker, worker left, worker leaving, worker leaves
    cues: pa, personal adviser, personal advisor, trust, bond, get on with, care about, cares about, celebrate
    cues: achievement*, proud, birthday, christmas, same worker, new worker, goodbye, said bye, stay in touch, keep in touch
    cues: pet, dog, cat, meet people, make friends
    weak-cues: carer, carers, foster carer*, staff
    example: Make sure that we can contact our workers whenever we need them.
    example: Celebrate our achievements and pick us up when things don't quite work out.

    theme: where-we-live
    title: Where we live now and in the future
    child-title: Where you live
    description: Feeling secure where we live, well-trained carers and staff, placements of a good standard, fewer changes.
    cues: placement, placements, foster home, children's home, childrens home, kids home, house, home, where i live
    cues: where we live, move, moved, moving, moves, settled, secure, safe, unsafe, my room, own room
    cues: bedroom, carers trained, staff trained, training for carers, residential, semi independent, supported accommodation
    cues: supported living, flat, accommodation, housing, neighbours, area, wifi, rules, curfew, sleepover*
    weak-cues: live, living, stay
    example: Help us feel secure and make sure the people who look after us are well prepared and trained.
    example: Ensure placements are always of a good standard.

    theme: ready-for-our-future
    title: Helping us to be ready for our future
    child-title: Getting ready for adult life
    description: Emotional, financial and practical support as we get older; a smooth move to independence when we are ready.
    cues: independence, independent, live on my own, own flat, my flat, move out, moving out, leaving care, 18, 18th
    cues: turning 18, adult, adulthood, future, ready, not ready, money, budget, budgeting, bills, rent, council tax
    cues: universal credit, benefits, bank account, savings, save, cooking, cook, shopping, life skills, skills
    cues: staying put, setting up home, pathway plan, driving lessons, passport, id, provisional, forced out, kicked out
    cues: tenancy, landlord, gas and electric, insurance, drive, driving, learn to drive
    example: As we get older, make sure that emotional support is there for us as well as financial and practical support.
    example: Support us to make a smooth transition through care to independence when we are ready.

    theme: participation-in-society
    title: Participation in society
    child-title: Having your say and taking part
    description: Being involved in council decisions, the Children in Care Council, taking part in the community, seeing our files.
    cues: children in care council, cicc, youth council, have a say, have our say, my say, say in, involved, involve*
    cues: take part, taking part, join, volunteer*, community, vote, voting, opinion*, voice, heard, files, my file
    cues: records, access my, consultation, survey*, participation, groups, group, youth club, events, event, clubs
    cues: hub, drop in, meet other, care leavers hub
    example: Involve children and young people in key council decisions.
    example: Help us to access our files when we are ready to see them.
    """
}
