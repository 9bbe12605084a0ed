extension BuiltInCodebooks {
    /// Lincolnshire Children in Care and Care Leavers Strategy 2022-2025, "What are children, young people and
    /// care leavers telling us?". Cues written for how young people write.
    static let lincolnshire2022 = """
    framework: lincolnshire-2022
    title: What are children, young people and care leavers telling us?
    source: Lincolnshire County Council, Children in Care and Care Leavers Strategy 2022-2025

    theme: support-to-remain-with-family
    title: Support to remain with family
    child-title: Help for families to stay together
    description: Help for parents and families early, being listened to, a safe space to talk, understanding why you are in care.
    cues: go home, going home, back home, live with my mum, live with my dad, live with my family, live with my parents
    cues: why i cant go home, why im in care, why i am in care, why i came into care, family support, help my mum
    cues: help my dad, help my family, help for my family, parents, family friends, early help, safe space to talk
    cues: listened to, listen to us, listen to me, listen to what, someone to talk to, pick up on, told what to do
    example: Children and young people to be listened to more and have a safe space to talk.
    example: For parents and families to feel more comfortable to ask for support if struggling.

    theme: stability-and-permanence
    title: Stability and permanence
    child-title: Staying settled where you live
    description: Not moving too often, being asked and told before a move, meeting new carers first, keeping your belongings.
    cues: move, moved, moves, moving, move me, placement, placements, settled, stay, staying, same placement
    cues: new carers, meet them first, before i move, before i have to move, notice, belongings, my stuff, bin bag*
    cues: same school, broke down, break down, breakdown, permanent, forever home, long term, matched, matching
    example: Better discussion with young people to identify who they want to care for them before moving.
    example: Ensuring when children move their personal belongings they have a sense of ownership.

    theme: build-not-break-relationships
    title: Build not break relationships
    child-title: Keeping the people who matter to you
    description: Time with family, brothers, sisters and friends; keeping the same worker and saying goodbye properly.
    cues: contact, see my, seeing my, brother, brothers, sister, sisters, siblings, nan, nana, grandma, grandad
    cues: family time, stay in touch, keep in touch, old friends, social worker, social workers, sw, worker
    cues: workers, new worker, same worker, changing my, keep changing, said bye, say bye, goodbye, iro, pa, pas
    cues: personal adviser, personal advisor, trust, carer, carers, foster mum, foster dad, foster family
    cues: foster carer*, key worker, staff, rings me back, ring me back, listens, friends
    example: More regular time with parents, family, siblings and friends, keep us connected.
    example: To keep the same worker or for there to be a better introduction for a new worker.

    theme: learning-and-aspirations
    title: Learning and aspirations
    child-title: School, college and your dreams
    description: School, college, teachers who understand, tutors, money for activities, hopes for the future.
    cues: school, schools, college, uni, university, teacher, teachers, homework, maths, english, science, pep
    cues: tutor, tutors, exam*, gcse*, lesson*, apprenticeship*, career, qualification*, course, training
    cues: clubs, club, activities, trips, after school, laptop, be a, want to be, when i grow up, dream*
    cues: education, learning, parents evening, bullied at school
    example: Children and young people should have the financial support to engage in all the activities others do.
    example: For teachers to better understand children in care and their circumstances.

    theme: healthy-and-resilient
    title: Healthy and resilient
    child-title: Feeling well and strong
    description: Feelings and mental health, someone to talk to, cooking and healthy food, getting fit, part-time jobs.
    cues: cook, cooking, healthy, food, meals, gym, fit, fitness, football, swimming, sport, sports, exercise
    cues: mental health, camhs, feelings, feel sad, sad, anxious, anxiety, depressed, stress*, counsell*
    cues: therapy, therapist, talk to someone, check in, check ins, check-in*, lonely, loneliness, part time job
    cues: saturday job, wellbeing, well being, happy, doctor, dentist, waiting list*
    example: For better support to teach young people how to cook healthy food and shop.
    example: For more therapeutic non-clinical spaces for young people to be able to talk comfortably.

    theme: safe-and-suitable-accommodation
    title: Safe and suitable accommodation
    child-title: A safe home that is right for you
    description: A say in where you live, safe shared homes, skills and money to live independently.
    cues: flat, flats, house, housing, accommodation, supported accommodation, supported living, semi independent
    cues: semi-independent, independent, independence, live on my own, where i live, where to live, bills, rent
    cues: money, budget, budgeting, gas and electric, council tax, setting up home, staying put, safe, unsafe
    cues: own room, my room, hostel, homeless, universal credit, entitled, shared house, live with
    example: Young people to be actively engaged in the decisions about where they want to live.
    example: Ensure young people learn the skills to live independently, especially with money.
    """
}
