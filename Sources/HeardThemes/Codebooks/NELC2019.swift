extension BuiltInCodebooks {
    /// North East Lincolnshire Partnership Strategy for Children Looked After and Care Leavers 2019-2022,
    /// "The key things that young people have told us".
    static let nelc2019 = """
    framework: nelc-2019
    title: The key things that young people have told us
    source: North East Lincolnshire Council, Partnership Strategy for Children Looked After and Care Leavers 2019-2022
    # Phrases that hold a cue but are about something else: their words count for no theme.
    not-cues: pocket money, want to be able, want to be allowed, she lives with, he lives with, they live with
    not-cues: who lives with, lives with another, lives with her, lives with his, want to be listened, want to be heard
    not-cues: want to be told, want to be asked, want to be treated, want to be involved, great job, good job
    not-cues: that lives with, who live with, proud of myself

    theme: support-us
    title: Support us: how you deliver our services
    child-title: How the council helps you
    description: Decisions made with us in mind, our views valued, being told why, not leaving care before we are ready, promises kept.
    cues: listen to us, listen to me, listened to, dont listen, not listened, our views, my views, my opinion, explain why
    cues: tell me why, told why, no one told me, nobody told me, kept in the dark, decision*, decide, decided, promise*
    cues: pledge*, kept their word, let down, ready to leave, not ready, 21, 25, after 18
    weak-cues: iro
    cues: reviews, review, my meetings, in meetings, review meeting, paperwork, forms, came into care
    cues: services, unhelpful, on time, late, cancelled, cancels, turn up, rings me back, care plan
    cues: court, court case, whats happening, what is happening, without asking, decisions about me, never asked
    cues: not told, never told, told about, reply, replies, said they would, never got, never happened, still waiting
    cues: called lac, being called, looked after child, the word lac, label*, meeting*, talking about me
    cues: about me without, time with my social worker, changes every, changing my social worker, stop changing, explains
    cues: explain things, no one explains, nobody explains, going on with my case, my case, who looks after me
    cues: have a say in who, sign forms, sign my, permission, allowed to sign, delegated authority, consent
    cues: agency social worker, statutory visits, only see them at reviews, judged, stigma, embarrassed
    cues: treated differently, treat me differently, differently to other kids, havent seen my social worker
    cues: havent seen my sw, not seen my social worker
    cues: help families, taking kids away, taken away, nobody helped my family, one night, no notice, moved me anyway
    cues: said i could, listened when, had listened, someone had listened, not safe yet
    cues: interpreter, translator, solicitor, believe me, dont believe me, believed, hair cut, get my hair cut, permission from, people to know, people knowing, know im in care, knows im in care
    cues: everyone knows, come into care, coming into care, didnt choose, choose to
    cues: hasnt even met, not even met, hasnt met me, never met me, not met me, stupid rules, nobody asks, no one asks, how i am feeling
    cues: duty team, duty worker, knows who i am, know who i am, visits every, only visits, not enough visits
    cues: makes sure, actually happens, keep losing, lost my, normal language, plain english, language
    cues: all the checks, dbs checks, dbs, why i live here, why im here, why i am here, corporate parent
    cues: forgot about me, forgotten about
    cues: police checks, advocate, advocacy, complain, complaint, nobody asked, no one asked, ask me, asked me
    cues: what i think, asks what, never asks, ask what, understand what its like, what its like, my rights, childrens rights, our rights, your rights, like a number, just a number, like a person, close my case, closed my case, case closed
    cues: say in my pathway plan, see our social worker, see my social worker
    cues: ring me back, calls back, answer, respond, takes ages, changes of worker, keeps changing
    cues: same questions, understand why, why i cant
    weak-cues: support, help, helped, helpful, waiting, wait
    cues: being told, not being told, told things, workers changing, social workers changing, choice of where
    cues: choice where, doesnt listen, didnt listen, never listen, never listens, not listening, wont listen, who my social worker
    cues: dont know who, when i need it, help when, jargon, normal kids, like normal, treated like, like everyone else
    cues: without being told, without telling, having to ask, have to ask, ask permission, choosing our carers
    cues: choose my carers, choose our carers, choice of carers, choosing carers
    weak-cues: council, leave care, leaving care, too long
    example: Value our views and always try to give us opportunities to be heard.
    example: Make sure we don't leave care until we are ready.

    theme: education-training-employment
    title: Education, training and employment: be ambitious for our future
    child-title: School, college and work
    description: The right school, teachers who support us, work experience and jobs, college, university and apprenticeships, bullying.
    cues: school, schools, college, uni, university, teacher, teachers, homework, maths, english, exam, exams, examination*, gcse*, lesson*
    cues: class, classes, tutor, tutors, pep, apprenticeship*, traineeship*, work experience, job, jobs, work, working
    cues: employment, employer, career*, cv, interview*, course, courses, qualification*, education, learning
    cues: bully, bullied, bullying, picked on, virtual school, excluded, exclusion, detention, study, studying, revision
    cues: student, students, laptop, bursary, apprentice, part time job, saturday job, reading, writing, spelling
    cues: school events, school trip, residential trip, trip with my class, hairdressing, beauty, plumbing, construction, catering
    cues: childcare, nursing, mechanics, dyslexia, dyslexic, results, want to be a, want to be an, wanna be a, become a
    weak-cues: when im older
    cues: taxi to school, english classes, english lessons, being horrible to me, cyberbullying, cyber bullying, trolled, trolling
    cues: a level*, job centre, jobcentre, sixth form, 6th form, primary school, secondary school, year 7, year 9, year 11, uniform, school uniform, coursework, assignment*, grades, school report, sats, mocks, tuition, teaching assistant, senco, attendance, late for school, truancy, skipping school, suspended, suspension, pru, alternative provision, degree, training course, computer, ipad, chromebook, school meals, free school meals, lunch money, school bus, bus to school, headteacher, head teacher, classroom, sports day, prom, graduation, ucas, student finance
    cues: same school, prize giving, award*, when i grow up, be a nurse, be a doctor, be a vet, be a teacher, be a social worker, be a police officer, be a mechanic, be a hairdresser, be a footballer, be a chef, be a builder, be a lawyer, be a youth worker, be a carer
    weak-cues: training
    example: Find the right school for us that will make time to support us as well as teach us.
    example: Give us opportunities for work experience and employment.

    theme: health-wellbeing
    title: Health and wellbeing: know that we are well
    child-title: Feeling healthy and well
    description: Health information and histories, health care whatever our age, leisure, fun days, medicals, feelings and mental health.
    cues: health, healthy, doctor, doctors, dentist, nurse, medical*, medicine, gp, hospital, camhs, mental health
    cues: therapy, therapist, counsell*, feelings*, emotions, emotional, sad, anxious, anxiety, depressed, depression
    cues: wellbeing, well being, sleep, eating, fun days, days out, hair and skin, skin care
    cues: food, cook, cooking, gym, leisure centre, leisure, swimming, football, sport, sports, sporty, exercise, fit, fitness, fun day
    cues: fun, activities, health history, health histories, waiting list*, glasses, opticians, adhd, autism
    cues: autistic, asd, disability, disabled, register with a doctor, medication, meds, manage my anger, anger management
    cues: temper, feel down, feeling down, get down, feel low, dont belong, fit in, nothing to do, upsets me
    cues: understands me, understand me, no one understands, nobody understands, optician*, eyes, hearing, asthma
    cues: died, death, grief, bereavement, passed away, funeral, culture, identity, heritage, tired, weight, diet, smoking, vaping, vape, sexual health, contraception, pregnant, pregnancy, panic, panic attacks, ptsd, trauma, how i am feeling, how im feeling, how i feel, cinema, bowling, theme park, gaming
    cues: vaccinations, injections, periods, puberty, sex education, self care, hygiene, racism, racist, lgbt, gay, trans, gender, my language, ethnicity, isolated, isolation
    cues: home office, asylum, immigration, refugee, my country, miss my country, back in my country, halal, kosher, pork, vegetarian, vegan, takeaway*, pizza
    cues: outside, nature, fresh air, countryside, walks, dancing, hobby, hobbies, drawing, scared of being, trusted adult, art
    weak-cues: drinking, alcohol
    cues: tablets, upset, upsets, hair, my hair, have nobody, nobody to talk to, no one to talk to, feel sick, talk to someone
    cues: park, parks, playground, brownies, guides, cubs, beavers, rainbows, trampoline, scared at night, nightmares, bad dreams, feeding myself, abandoned
    cues: school holidays, summer holidays, fun things, feel different, different from my friends, someone to talk to
    cues: football club, sports club, boxing club, swimming club, dance club, drama club, gym club, trips out, days out, trips
    weak-cues: holidays, worry about, worried about
    cues: clubs after school, after school clubs, after school club, dance, lonely, loneliness, church, mosque, religion, faith, youth clubs, confident, confidence, self esteem
    cues: karate, boxing, gymnastics, rugby, cricket, netball, basketball, cycling, bike, horse riding, riding, running, scouts, cadets, martial arts, kickboxing, climbing, skating, skateboarding, trampolining, fishing
    cues: stress*
    weak-cues: worried, worry, angry, happy, unhappy, scared
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
    cues: pet, dog, cat, meet people, make friends, there for me, treat me like, like one of, one of the family
    cues: part of the family, independent visitor, mentor, came to watch, come and watch, proud of me, keyworker
    cues: staff change, staff keep changing, staff leave, social worker, social workers, sw, iro, worker, workers
    cues: youth worker, time with, missing contact, misses contact, missed contact, adopted, like family, like my family
    cues: real family, real dad, real mum, birth family, gran, granny, nanny, grandparent*, foster brother
    cues: foster sister, half brother, half sister, best friend, partner, my baby, my son, my daughter, contact centre
    cues: closer to my family, near my family, far from my family, prize giving, always changing, on shift
    cues: supervised contact, letterbox contact, family time, video calls, overnight stays, unsupervised, contact arrangements
    cues: like my real family, trusted adult, someone i trust, friends round, ask me about
    cues: nobody my age, no one my age, kids my age, people my age, been in care, see my social worker, only see my social worker
    cues: playing with, other children, christmas, spend time, mean to me, foster siblings, their children, carers children, hasnt met me, never met me, get to know
    together: carers, foster carers, foster carer, mum, mam, mom, dad, parents, nan, nanna, nana, grandad, grandma, brother, brothers, sister, sisters, siblings, family, cousin, cousins, auntie, aunty, uncle | talk to, phone, call, calls, ring, text, texts, facetime, video call, miss, missing, visit, see, time with
    together: carer, carers, foster carer, foster carers, foster mum, foster dad, foster family, staff, adults, worker, workers, social worker, sw, pa, keyworker, key worker, iro | kind, nice, lovely, care about, cares about, dont care, respect, listen to me, listens, there for me, there when, take me, takes me, teaches me, teach me, helps me, trust, understand me, gets me, love, horrible, rude, shout, shouts, safe with, understand us, understand me, gives me, brings me, cuddles, checks on me, time for, no time, got me, gets me, bought me, sorted me, understand my, keep forgetting, forget about me, dont do anything, trust me, trusts me, interested in, believe me, dont believe me, ask me about, asks about, tell anything, amazing, brilliant, great, helpful, supportive, pushed me, pushes me, encourage*
    weak-cues: carer, carers, foster carer*, staff, listens, ring me back, rings me back, calls back, reply, replies
    example: Make sure that we can contact our workers whenever we need them.
    example: Celebrate our achievements and pick us up when things don't quite work out.

    theme: where-we-live
    title: Where we live now and in the future
    child-title: Where you live
    description: Feeling secure where we live, well-trained carers and staff, placements of a good standard, fewer changes.
    cues: placement, placements, foster home, children's home, childrens home, kids home, where i live
    cues: where we live, move, moved, moving, moves, settled, secure, safe, unsafe, my room, own room
    cues: bedroom, carers trained, staff trained, training for carers, residential, semi independent, supported accommodation
    cues: supported living, flat, accommodation, housing, neighbours, wifi, rules, curfew, sleepover*
    weak-cues: area
    cues: say in where i live, say in where, where i will live, where ill live, taken off me, homeless, sofa surfing
    cues: more training, staff training, carers training, trained staff, dont let me, wont let me, not allowed
    cues: stay with my foster, stay with my carers, somewhere to live, bed, new bed, key to the house, own key, strict
    cues: bedtime, b&b, bed and breakfast, supported lodgings, lodgings, homes are run, home is run, say in how
    cues: meet them first, meet the carers, new carers, kicked out of my placement, kicked out of my foster, steal
    cues: stole, stolen, moved away, moved again, so many moves, so many placements, happy where, where i am
    cues: bathroom, kitchen, shower, dirty, clean, shared by, older kids, bedroom, closer to my family
    cues: choosing our carers, choose my carers, choose our carers, choice of carers, choosing carers, same house
    cues: staff at my home, staff in my home, staff at the home, staff in the home, hotel, unregulated, emergency placement, temporary, decorate, decorating, painted, paint my room, tv, house rules, clothing allowance, toiletries, another placement, moving again, how many placements, fifth placement, strangers, meet them before, emergency placement
    cues: screen time, phone taken, took my phone, take my phone, phone off me, space for my things, no space, xbox, playstation, haircut, adoption, adopted, forever family, long term foster, special guardianship, kinship care
    cues: foster homes, so many foster homes, different homes, pack my things, same carers, stay together, kept together
    cues: choose where i live, choose where to live
    cues: fit in with my foster, fit in with my family, respite, short breaks, been with my foster, been with my carers, been with them, fighting, fights
    cues: garden, nowhere to play, share a room, sharing a room, noisy, feel at home, at home here, where i grew up, grew up, been with me, proper training
    cues: freedom, stable, stability, own flat, my own flat, shout, shouting, shouts, stay put, staying put, housing register, same placement, same home, go out on my own, not allowed out, allowed out, find a flat, get a flat
    cues: say goodbye, said goodbye, far from my school, own space, my space, privacy, knock, mates over, friends over
    cues: near my family, far from my family, on shift, agency staff, clothes, told off, friends round
    together: carer, carers, foster carer, foster carers, foster family, staff, adults | kind, nice, lovely, respect, care about, dont care, horrible, rude, strict
    weak-cues: treat me like, one of the family, part of the family
    weak-cues: live, living, stay, house, home
    example: Help us feel secure and make sure the people who look after us are well prepared and trained.
    example: Ensure placements are always of a good standard.

    theme: ready-for-our-future
    title: Helping us to be ready for our future
    child-title: Getting ready for adult life
    description: Emotional, financial and practical support as we get older; a smooth move to independence when we are ready.
    cues: independence, independent, live on my own, own flat, my flat, move out, moving out, leaving care, 18, 18th
    cues: turning 18, adulthood, adult life, becoming an adult, future, ready, not ready, budget, budgeting, bills, rent
    cues: council tax, somewhere to live, find somewhere, place to live, bank card, first flat, move into my first
    weak-cues: appointments, forms
    cues: junior isa, birthday money, christmas money, allowance, staying close, leaving care grant, criminal record, youth offending
    cues: driving test, theory test, young parent, emotional support, local offer, boiler, repairs, housing register, until i was 25, up to 25
    cues: until 25, turned 18, turn 18, job centre, jobcentre
    cues: washing, ironing, cleaning, laundry, hoovering, learn how to, find a flat, get a flat, getting a flat
    cues: my money, sort my money, sorts out my money
    cues: cv, finding work, find work, enough money, run out of money, end of the month, skint
    cues: moved into my first, manage my money, after 18, after im 18, pathway plan, bus pass*
    cues: free bus, travel, close my case, closed my case, case closed, still need support, moved out
    weak-cues: adult, adults
    cues: learn to cook, cooking lessons, cooking skills, council house, council flat, house from the council
    cues: leave care, sofa surfing
    weak-cues: care leaver, care leavers
    cues: universal credit, benefits, bank account, savings, saving, cooking, cook, shopping, life skills, skills
    weak-cues: save
    cues: staying put, setting up home, pathway plan, driving lessons, passport, id, provisional, forced out, kicked out
    cues: tenancy, landlord, gas and electric, insurance, drive, driving, learn to drive
    weak-cues: money
    example: As we get older, make sure that emotional support is there for us as well as financial and practical support.
    example: Support us to make a smooth transition through care to independence when we are ready.

    theme: participation-in-society
    title: Participation in society
    child-title: Having your say and taking part
    description: Being involved in council decisions, the Children in Care Council, taking part in the community, seeing our files.
    cues: children in care council, cicc, youth council, have a say, have our say, my say, say in, involved, involve*
    cues: take part, taking part, join, volunteer*, community, vote, voting, opinion*, voice, heard, files, my file
    cues: records, access my, consultation, survey*, participation, groups, group, youth club, events, event, clubs
    cues: see my file, my files, see my records, my records, life story, who my real, have a say in who
    cues: interview new, interview social workers, interview staff, interviewing, recruitment, recruit, youth parliament
    cues: newsletter, peer mentor, speak at, corporate parenting board, parenting board, ask young people, food bank
    cues: foodbank, what they wrote, wrote about me, written about me, part of my community
    cues: takeover day, councillors, meet the councillors, director, mayor, speak up, my voice, mind of my own, momo
    cues: ask us, ask us before
    cues: listen to young people, other kids in care, other young people in care, birth family, my history, family history, my rights
    cues: hub, drop in, meet other, care leavers hub
    example: Involve children and young people in key council decisions.
    example: Help us to access our files when we are ready to see them.
    """
}
