extension BuiltInCodebooks {
    /// Lincolnshire Children in Care and Care Leavers Strategy 2022-2025, "What are children, young people and
    /// care leavers telling us?". Cues written for how young people write; `weak-cues` count half.
    static let lincolnshire2022 = """
    framework: lincolnshire-2022
    title: What are children, young people and care leavers telling us?
    source: Lincolnshire County Council, Children in Care and Care Leavers Strategy 2022-2025
    # Phrases that hold a cue but are about something else: their words count for no theme.
    not-cues: pocket money, want to be able, want to be allowed, she lives with, he lives with, they live with
    not-cues: who lives with, lives with another, lives with her, lives with his, want to be listened, want to be heard
    not-cues: want to be told, want to be asked, want to be treated, want to be involved, great job, good job
    not-cues: that lives with, who live with, proud of myself, corporate parent

    theme: support-to-remain-with-family
    title: Support to remain with family
    child-title: Help for families to stay together
    description: Help for parents and families early, being listened to, a safe space to talk, understanding why you are in care, going home.
    cues: go home, going home, back home, move home, live with my mum, live with my dad, live with my family
    cues: live with my parents, live with my nan, why i cant go home, why im in care, why i am in care, why i came into care
    cues: why i was taken, why i got taken, family support, help my mum, help my dad, help my family, help for my family
    cues: help for parents, support for parents, support my family, family friends, early help, safe space to talk
    cues: listened to, listen to us, listen to young people, listen to kids, dont listen, not listened
    weak-cues: listen to me
    cues: pick up on, told what to do, before i came into care, taken into care, stay with my family
    cues: kept together, keep families together, my parents need, my mum needs, parenting, live with my brother
    cues: live with my brothers, live with my sister, live with my sisters, live with my siblings, live with my grandparents
    cues: live with my auntie, live with my dad, came into care, first came into care, coming into care, into care
    cues: care plan, more say, say in, have a say, understand why, why i cant see, why cant i, safe space
    cues: court, court case, decisions about me, without asking, never asked, not asked, nobody asks, asking me
    cues: whats happening, what is happening, what was happening, my review, lac review, cla review, see my file
    cues: look after me, kinship, special guardian*, sgo, family and friends carer*, talking about me, about me without
    cues: real dad, real mum, real family, birth mum, birth dad, birth family, birth parents, who my dad, who my mum
    cues: life story, my past, see my records, my records, what i think, asks what, never asks, ask what, explains, explain things, no one explains, nobody explains, going on with my case
    cues: my case, advocate, advocacy, complain, complaint, my views, my opinion, ask me, ask us, asked me
    cues: who looks after me, have a say in who, involved in decisions, nobody asked, no one asked, my rights
    cues: like a number, just a number, like a person, mum has changed, dad has changed, go back to
    cues: being told, not being told, told things, meeting*, doesnt listen, didnt listen, never listen, never listens, not listening, wont listen
    cues: jargon, normal kids, like normal, treated like, like everyone else, without being told, without telling
    weak-cues: decisions
    cues: parenting course, parenting classes, help families, help for families, families need help, taking kids away
    cues: taken away, took me away, got help earlier, earlier help, should have helped, nobody helped my family
    cues: stay at home, wanted to stay at home, go home at weekends, home visits, not safe yet, safe to go home
    cues: someone had listened, listened when
    together: mum, dad, parents, family | need help, needs help, help with, course, classes, drinking, drugs, poorly, ill, getting help, get help, getting better, changed, sorted herself out, sorted himself out
    cues: mind of my own, momo, speak up, my voice, judged, stigma, embarrassed
    cues: treated differently, treat me differently, differently to other kids
    cues: interpreter, translator, solicitor, hair cut, get my hair cut, permission from, ask permission, review, reviews, people to know, people knowing
    cues: know im in care, knows im in care, everyone knows, to live with him, to live with her, to live with them
    cues: why i live here, why im here, why i am here, my plan, normal language, plain english, paperwork
    cues: what they wrote, wrote about me, written about me, makes sure, actually happens
    weak-cues: parents, family, listen
    example: Children and young people to be listened to more and have a safe space to talk.
    example: For parents and families to feel more comfortable to ask for support if struggling.

    theme: stability-and-permanence
    title: Stability and permanence
    child-title: Staying settled where you live
    description: Not moving too often, being asked and told before a move, meeting new carers first, keeping your belongings.
    cues: move, moves, moving, moved, move me, moved me, keep moving, placement move, settled
    cues: unsettled, stay here, stay where i am, stay put, same placement, new carers, meet them first, meet my carers
    cues: before i move, before i have to move, before moving, belonging*, my stuff, my things, bin bag*
    cues: kicked out of my placement, kicked out of my foster, meet them first, meet the carers, moved again, moved away
    cues: so many moves, so many placements, stay with my foster, stay with my carers, stay with my foster carers
    cues: told before, no warning, moved without, moved schools, change schools, changed schools, happy where
    cues: choosing our carers, choose my carers, choose our carers, choice of carers, choosing carers, same house
    cues: another placement, moving again, how many placements, fifth placement, strangers, meet them before, emergency placement, hotel
    cues: adoption, adopted, forever family, long term foster, special guardianship, kinship care
    cues: foster homes, so many foster homes, different homes, three placements, pack my things, packed my things
    cues: same carers, stay together, kept together, moved me anyway, moved on my
    cues: respite, short breaks, been with my foster, been with my carers, been with them
    cues: feel at home, at home here, where i grew up, grew up, been with me, been here for
    cues: same placement, same home, without being told, without telling
    cues: where i am, on shift, agency staff, same school, say goodbye, said goodbye
    cues: same school, broke down, break down, breakdown, permanent, permanence, forever home, long term, matched
    cues: matching, who else lives, other kids in the house, other young people in the house, transition
    cues: new home, new house, stability, stable
    weak-cues: children's home, childrens home, kids home, foster home
    weak-cues: stay, staying, home, house, placement, placements
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
    cues: there for me, treat me like, like one of, one of the family, part of the family, independent visitor, mentor
    cues: came to watch, come and watch, proud of me, staff change, staff keep changing, staff leave, youth worker
    cues: support worker, time with, missing contact, misses contact, missed contact, adopted, like family, like my family
    cues: gran, granny, nanny, grandparent*, foster brother, foster sister, half brother, half sister, step brother
    cues: step sister, best friend, partner, my baby, my son, my daughter, my kids, contact centre, family contact
    cues: closer to my family, near my family, far from my family, prize giving, always changing, on shift
    cues: supervised contact, letterbox contact, family time, video calls, overnight stays, unsupervised, contact arrangements, agency social worker, statutory visits, only see them at reviews
    cues: like my real family, trusted adult, someone i trust, friends round, friends over, ask me about, fit in with my foster, fit in with my family
    cues: nobody my age, no one my age, kids my age, people my age, been in care, carers training, more training, get more training
    cues: young parent, playing with, other children, christmas, spend time, mean to me, foster siblings, their children, carers children, hasnt met me, never met me, get to know
    together: carers, foster carers, foster carer, mum, mam, mom, dad, parents, nan, nanna, nana, grandad, grandma, brother, brothers, sister, sisters, siblings, family, cousin, cousins, auntie, aunty, uncle | talk to, phone, call, calls, ring, text, texts, facetime, video call, miss, missing, visit, see, time with
    together: carer, carers, foster carer, foster carers, foster mum, foster dad, foster family, staff, adults, worker, workers, social worker, sw, pa, keyworker, key worker, iro | kind, nice, lovely, care about, cares about, dont care, respect, listen to me, listens, there for me, there when, take me, takes me, teaches me, teach me, helps me, trust, understand me, gets me, love, horrible, rude, shout, shouts, safe with, understand us, understand me, gives me, brings me, cuddles, checks on me, time for, no time, got me, gets me, bought me, sorted me, understand my, keep forgetting, forget about me, dont do anything, trust me, trusts me, interested in, believe me, dont believe me, ask me about, asks about, tell anything, amazing, brilliant, great, helpful, supportive, pushed me, pushes me, encourage*
    weak-cues: pa, worker, workers, carer, carers, foster carer*, foster mum, foster dad, foster family, staff, mum, dad
    weak-cues: family, adults
    example: More regular time with parents, family, siblings and friends, keep us connected.
    example: To keep the same worker or for there to be a better introduction for a new worker.

    theme: learning-and-aspirations
    title: Learning and aspirations
    child-title: School, college and your dreams
    description: School, college, teachers who understand, tutors, money for activities, hopes for the future.
    cues: school, schools, college, uni, university, teacher, teachers, homework, maths, english, science, pep, tutor
    cues: tutors, tutoring, exam, exams, examination*, gcse*, a level*, lesson*, class, classes, apprenticeship*, career, careers
    cues: reading, writing, spelling, youth club, youth groups, opportunit*
    cues: qualification*, course, courses, clubs, club, activities, activity, trips, trip
    cues: laptop, want to be a, want to be an, wanna be a, become a, when i grow up, dream*, ambition*
    cues: future job, education, learning, learn, parents evening, be a nurse, be a doctor, be a vet, be a teacher, be a social worker, be a police officer, be a mechanic, be a hairdresser, be a footballer, be a chef, be a builder, be a lawyer, be a youth worker, be a carer
    cues: school trip, residential trip, trip with my class, hairdressing, beauty, plumbing, construction, catering
    cues: childcare, nursing, mechanics, dyslexia, dyslexic, get a job, got a job, find a job, find work, results
    cues: change schools, changed schools, moved schools, changing schools, same school, prize giving, award*
    cues: provisional, provisional licence, taxi to school, english classes, english lessons, being horrible to me, cyberbullying, cyber bullying, trolled, trolling
    cues: sixth form, 6th form, primary school, secondary school, year 7, year 9, year 11, uniform, school uniform, coursework, assignment*, grades, school report, sats, mocks, tuition, teaching assistant, senco, attendance, late for school, truancy, skipping school, suspended, suspension, pru, alternative provision, degree, training course, computer, ipad, chromebook, school meals, free school meals, lunch money, school bus, bus to school, headteacher, head teacher, classroom, sports day, prom, graduation, ucas, student finance, driving test, theory test
    cues: bully, bullied, bullying, picked on, cv, interview*, job centre, jobcentre, volunteer*, food bank
    not-cues: interview new, interview social workers, interview staff, read what
    cues: far from my school
    weak-cues: when im older
    cues: bullied at school, virtual school, designated teacher, detention, excluded, exclusion, sen, ehcp, revision
    cues: pocket money for activities, hobby, hobbies, dance, drama, music lessons, art, swimming lessons, driving lessons
    cues: work experience, different at school, pulled out of class, pulled out of lessons, meetings at school
    weak-cues: job, jobs, study, studying, training, after school, events, groups
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
    cues: sleep, eating, eat, emotions, emotional, confidence, confident, self esteem
    cues: learn to cook, cooking lessons, cooking skills, fun day, fun days, days out, hair and skin, skin care
    cues: upsets me, upset, adhd, autism, autistic, asd, disability, disabled, register with a doctor, medication, meds
    cues: manage my anger, anger management, temper, feel down, feeling down, get down, feel low, dont belong
    cues: died, death, grief, bereavement, passed away, funeral, culture, identity, heritage, tired, weight, diet, smoking, vaping, vape, sexual health, contraception, pregnant, pregnancy, panic, panic attacks, ptsd, trauma, how i am feeling, how im feeling, how i feel, cinema, bowling, theme park, gaming
    cues: vaccinations, injections, periods, puberty, sex education, self care, hygiene, racism, racist, lgbt, gay, trans, gender, my language, ethnicity, isolated, isolation
    cues: home office, asylum, immigration, refugee, my country, miss my country, back in my country, halal, kosher, pork, vegetarian, vegan, takeaway*, pizza
    cues: outside, nature, fresh air, countryside, walks, dancing, hobby, hobbies, drawing, scared of being
    weak-cues: drinking, alcohol
    cues: tablets, youth club, hair, my hair, have nobody, nobody to talk to, no one to talk to, feel sick
    cues: park, parks, playground, brownies, guides, cubs, beavers, rainbows, trampoline, scared at night, nightmares, bad dreams, feeding myself, abandoned
    cues: school holidays, summer holidays, fun, fun things, feel different, different from my friends, activities
    cues: football club, sports club, boxing club, swimming club, dance club, drama club, gym club, trips out, days out, trips
    weak-cues: holidays, worry about, worried about
    cues: understands me, understand me, no one understands, nobody understands, glasses, optician*, eyes, hearing
    cues: asthma, clubs after school, after school clubs, after school club, fit in, someone to talk to, church, mosque, religion, faith, youth clubs, fit in, nothing to do, karate, boxing, gymnastics, rugby, cricket, netball, basketball, cycling, bike, horse riding, riding, running, scouts, cadets, martial arts, kickboxing, climbing, skating, skateboarding, trampolining, fishing
    weak-cues: happy, unhappy, angry, anger, worried, worry, scared
    cues: therapeutic, counsellor, medical, medicals, health assessment, leisure centre, get out the house, shopping, shop
    example: For better support to teach young people how to cook healthy food and shop.
    example: For more therapeutic non-clinical spaces for young people to be able to talk comfortably.

    theme: safe-and-suitable-accommodation
    title: Safe and suitable accommodation
    child-title: A safe home that is right for you
    description: A say in where you live, safe shared homes, skills and money to live independently.
    cues: flat, flats, housing, accommodation, supported accommodation, supported living, supported housing
    cues: semi independent, semi-independent, independent living, live independently, independence, live on my own
    cues: where i live, where to live, where we live, choice where, bills, rent, budget, budgeting, gas and electric
    cues: say in how, how our home, how the house, say in where, a say in where
    cues: moved into my own, move into my own, moving into my own, own flat, my own place, leave care, leaving care
    cues: turn 18, at 18, when im 18, where i will live, where ill live, sofa surfing, after 18, after im 18
    cues: somewhere to live, find somewhere, place to live, a home of my own, bed, new bed, key to the house, own key
    cues: b&b, bed and breakfast, supported lodgings, lodgings, steal, stole, stolen, homes are run, home is run
    cues: bank card, bank account, saving, savings, manage my money, move into my first, moved into my first, first flat
    cues: pathway plan, close my case, closed my case, case closed, still need support, move out, moved out, moving out
    cues: bathroom, kitchen, shower, dirty, clean, shared by, older kids, bedroom, closer to my family
    cues: near my family, far from my family, own space, my space, privacy, knock, mates over, friends over
    cues: friends round, enough money, run out of money, end of the month, skint, go out on my own, not allowed out
    cues: allowed out, bedtime, later bedtime, washing, ironing, cleaning, laundry, hoovering, learn how to
    cues: staff at my home, staff in my home, staff at the home, staff in the home, hotel, unregulated, emergency placement, temporary, decorate, decorating, painted, paint my room, tv, house rules, clothing allowance, toiletries
    cues: screen time, phone taken, took my phone, take my phone, phone off me, space for my things, no space, xbox, playstation, haircut, junior isa, birthday money, christmas money, allowance, staying close, leaving care grant, criminal record, youth offending
    cues: fighting, fights, my money, sort my money, sorts out my money
    cues: garden, nowhere to play, share a room, sharing a room, noisy
    cues: find a flat, get a flat, getting a flat, shout, shouting, shouts, local offer, boiler, repairs
    cues: housing register, until i was 25, up to 25, until 25
    weak-cues: forms, appointments
    cues: council tax, setting up home, staying put, safe, unsafe, not safe, own room, my room, hostel, homeless
    cues: universal credit, entitled, shared house, shared accommodation, housemates, who i live with, people i live with
    cues: landlord, bedsit, tenancy, deposit, furniture, wifi, heating, damp, neighbours, live with
    cues: rules, curfew, strict, where they want to live, where i want to live, want to live
    weak-cues: house, home, live, money, care leaver*, area
    example: Young people to be actively engaged in the decisions about where they want to live.
    example: Ensure young people learn the skills to live independently, especially with money.
    """
}
