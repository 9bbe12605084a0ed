extension BuiltInCodebooks {
    /// Lincolnshire Children in Care and Care Leavers Strategy 2022-2025, "What are children, young people and
    /// care leavers telling us?". Cues written for how young people write; `weak-cues` count half.
    static let lincolnshire2022 = """
    framework: lincolnshire-2022
    title: What are children, young people and care leavers telling us?
    source: Lincolnshire County Council, Children in Care and Care Leavers Strategy 2022-2025

    theme: support-to-remain-with-family
    title: Support to remain with family
    child-title: Help for families to stay together
    description: Help for parents and families early, being listened to, a safe space to talk, understanding why you are in care, going home.
    cues: go home, going home, back home, move home, live with my mum, live with my dad, live with my family
    cues: live with my parents, live with my nan, why i cant go home, why im in care, why i am in care, why i came into care
    cues: why i was taken, why i got taken, family support, help my mum, help my dad, help my family, help for my family
    cues: help for parents, support for parents, support my family, family friends, early help, safe space to talk
    cues: listened to, listen to us, listen to me, listen to young people, listen to kids, dont listen, not listened
    cues: someone to talk to, pick up on, told what to do, before i came into care, taken into care, stay with my family
    cues: kept together, keep families together, my parents need, my mum needs, parenting, live with my brother
    cues: live with my brothers, live with my sister, live with my sisters, live with my siblings, live with my grandparents
    cues: live with my auntie, live with my dad, came into care, first came into care, coming into care, into care
    cues: care plan, more say, say in, have a say, understand why, why i cant see, why cant i, safe space
    weak-cues: parents, mum, dad, family, listen
    example: Children and young people to be listened to more and have a safe space to talk.
    example: For parents and families to feel more comfortable to ask for support if struggling.

    theme: stability-and-permanence
    title: Stability and permanence
    child-title: Staying settled where you live
    description: Not moving too often, being asked and told before a move, meeting new carers first, keeping your belongings.
    cues: move, moves, moving, moved, move me, moved me, keep moving, placement move, placement, placements, settled
    cues: unsettled, stay here, stay where i am, stay put, same placement, new carers, meet them first, meet my carers
    cues: before i move, before i have to move, before moving, belongings, my stuff, my things, bin bag*
    cues: same school, broke down, break down, breakdown, permanent, permanence, forever home, long term, matched
    cues: matching, who else lives, other kids in the house, other young people in the house, transition
    cues: children's home, childrens home, kids home, foster home, new home, new house, stability, stable
    weak-cues: stay, staying, home, house
    example: Better discussion with young people to identify who they want to care for them before moving.
    example: Ensuring when children move their personal belongings they have a sense of ownership.

    theme: build-not-break-relationships
    title: Build not break relationships
    child-title: Keeping the people who matter to you
    description: Time with family, brothers, sisters and friends; keeping the same worker and saying goodbye properly.
    cues: contact, see my, seeing my, see more of, visit my, visits, brother, brothers, sister, sisters, siblings, sibling
    cues: nan, nana, nanna, grandma, grandad, grandparents, auntie, aunty, uncle, cousin*, family time, stay in touch
    cues: keep in touch, lost touch, old friends, social worker, social workers, sw, new worker, same worker, keeps changing
    cues: keep changing, changing my, changed my worker, said bye, say bye, goodbye, iro, personal adviser, personal advisor
    cues: worker left, worker leaving, worker leaves, meet people, meet other, make friends, new people
    cues: key worker, keyworker, rings me back, ring me back, calls me back, texts back, relationship*, connected, connection
    cues: trust, trusted, bond, get on with, friends, friend, mates, mate, boyfriend, girlfriend, pet, dog, cat
    weak-cues: pa, worker, workers, carer, carers, foster carer*, foster mum, foster dad, foster family, staff, mum, dad
    weak-cues: family, adults
    example: More regular time with parents, family, siblings and friends, keep us connected.
    example: To keep the same worker or for there to be a better introduction for a new worker.

    theme: learning-and-aspirations
    title: Learning and aspirations
    child-title: School, college and your dreams
    description: School, college, teachers who understand, tutors, money for activities, hopes for the future.
    cues: school, schools, college, uni, university, teacher, teachers, homework, maths, english, science, pep, tutor
    cues: tutors, tutoring, exam*, gcse*, a level*, lesson*, class, classes, apprenticeship*, career, careers
    cues: reading, writing, spelling, youth club, youth groups, groups, events
    cues: qualification*, course, courses, clubs, club, activities, activity, trips, trip, after school
    cues: laptop, want to be, when i grow up, dream*, ambition*, future job, education, learning, learn, parents evening
    cues: bullied at school, virtual school, designated teacher, detention, excluded, exclusion, sen, ehcp, revision
    cues: pocket money for activities, hobby, hobbies, dance, drama, music lessons, art, swimming lessons, driving lessons
    cues: work experience, different at school, pulled out of class, pulled out of lessons, meetings at school
    weak-cues: job, jobs, study, studying, training
    example: Children and young people should have the financial support to engage in all the activities others do.
    example: For teachers to better understand children in care and their circumstances.

    theme: healthy-and-resilient
    title: Healthy and resilient
    child-title: Feeling well and strong
    description: Feelings and mental health, someone to talk to, cooking and healthy food, getting fit, part-time jobs.
    cues: cook, cooking, healthy, health, food, meals, gym, fit, fitness, football, swimming, sport, sports, exercise
    cues: mental health, camhs, feelings*, feel sad, sad, anxious, anxiety, depressed, depression, stress*, counsell*
    cues: therapy, therapist, talk to someone, check in, check ins, check-in*, lonely, loneliness, part time job
    cues: saturday job, wellbeing, well being, doctor, doctors, dentist, waiting list*, nurse
    cues: sleep, eating, eat, emotions, emotional, angry, anger, worried, worry, confidence, confident, self esteem
    weak-cues: happy, unhappy
    cues: therapeutic, counsellor, medical, medicals, health assessment, leisure centre, get out the house, shopping, shop
    example: For better support to teach young people how to cook healthy food and shop.
    example: For more therapeutic non-clinical spaces for young people to be able to talk comfortably.

    theme: safe-and-suitable-accommodation
    title: Safe and suitable accommodation
    child-title: A safe home that is right for you
    description: A say in where you live, safe shared homes, skills and money to live independently.
    cues: flat, flats, housing, accommodation, supported accommodation, supported living, supported housing
    cues: semi independent, semi-independent, independent living, live independently, independence, live on my own
    cues: where i live, where to live, where we live, choice where, bills, rent, money, budget, budgeting, gas and electric
    cues: council tax, setting up home, staying put, safe, unsafe, not safe, own room, my room, hostel, homeless
    cues: universal credit, entitled, shared house, shared accommodation, housemates, who i live with, people i live with
    cues: landlord, bedsit, tenancy, deposit, furniture, wifi, heating, damp, neighbours, area, live with
    cues: rules, curfew, strict, where they want to live, where i want to live, want to live
    weak-cues: house, home, live
    example: Young people to be actively engaged in the decisions about where they want to live.
    example: Ensure young people learn the skills to live independently, especially with money.
    """
}
