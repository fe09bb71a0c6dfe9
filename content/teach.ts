import type { TeachingNotes } from '$lib/teach/types';

/**
 * Notes for teachers, one entry per chapter slug (the folder name without its number). Each
 * chapter's objectives, reading time and quiz come from the chapter itself; this file adds what
 * only a teacher needs. A unit test (tests/unit/teach/teach-data.test.ts) fails when a chapter
 * folder has no entry here. Facts follow research/facts.md; the questions have no marked answer.
 */
export const teaching: Record<string, TeachingNotes> = {
	'the-demand': {
		prerequisites: [
			'Nothing technical: this is where the course starts.',
			'Knowing what a messaging app such as WhatsApp is, and that its messages can be encrypted.',
			'A rough idea of a warrant: a formal permission, signed off by someone senior, to intercept communications or search.'
		],
		discussion: [
			'Amber Rudd likened her request to the lawful steaming open of letters and tapping of telephones. What does that comparison take for granted about where the readable words are? Keep the answer open until chapter 2.',
			'According to the Home Office, encryption was not discussed at the 30 March meeting. Why was the outcome still read as a U-turn, and why might a careful reporter call it only an apparent one?',
			'Rudd said she supported end-to-end encryption and also wanted a way in under warrant. Can both be had at once? What would have to be true for that to work?',
			'The police did not know what, if anything, the attacker’s phone had sent. How far should one unknown message shape rules that apply to everyone who uses the app?'
		],
		activity: {
			title: 'Ten days on cards',
			minutes: 20,
			steps: [
				'Write the chapter’s events, from the Investigatory Powers Act to the Liberal Democrats’ reaction, on separate cards without their dates.',
				'In pairs, put the cards in order and note under each one who acted and what they wanted.',
				'Check the order against the chapter’s timeline (the worksheet prints it step by step).',
				'Each pair writes two one-sentence headlines for the ten days: one as the Home Office might have put it, one as a privacy campaigner might. Compare a few aloud: what does each leave out?'
			]
		}
	},
	'how-a-message-travels': {
		prerequisites: [
			'Chapter 1: the demand, and Rudd’s comparison with steaming open letters.',
			'Knowing that messages travel over the internet through a company’s computers (servers); the chapter names every stop, so no networking knowledge is needed.'
		],
		discussion: [
			'With transport encryption alone, the company holds every message in readable form; end to end, it holds only scrambled bytes. Which design makes Rudd’s request easy to meet, and which makes it hard? Why?',
			'End-to-end encryption leaves metadata: who wrote to whom, when, and how much. What could someone work out about your week from metadata alone?',
			'If a chat is end-to-end encrypted on its way but a cloud backup of it can be opened by the company, is the conversation private? What would you tell a friend to check?',
			'Real apps use transport and end-to-end encryption at the same time. What does each layer shut out that the other does not?'
		],
		activity: {
			title: 'Pass the message',
			minutes: 25,
			steps: [
				'Five students stand in a line as the five stops: Alice, her network, the provider’s server, Bob’s network and Bob. The rest of the class watch and take notes.',
				'Round one, no encryption: Alice passes a postcard along the line. Every stop writes down what it could read.',
				'Round two, transport encryption: the message travels in sealed envelopes between neighbours, but the server opens its envelope and reseals the message in a new one for Bob’s side.',
				'Round three, end to end: the message goes in a locked box whose only key Bob holds. Every stop again writes what it could read, and what it could still see (who sent the box, to whom, when, how big).',
				'The class serves a pretend warrant on the server student after each round: what can they hand over? Link the answers to the chapter’s diagram.'
			]
		}
	},
	'keys-locks-and-handshakes': {
		prerequisites: [
			'Chapter 2, especially where transport and end-to-end encryption lock and unlock a message.',
			'Comfort with powers of ten (10¹², 10³⁸) for the estimate question; a calculator helps.'
		],
		discussion: [
			'Why can a public key be handed to anyone, while the private key must never leave the phone?',
			'With forward secrecy, a key stolen today does not open yesterday’s messages. Who gains from that, and who might see it as a problem?',
			'Few people ever compare safety numbers. If nobody checks, what protection do they still give? Is a notice that a contact’s code has changed enough?',
			'The estimate question shows that trying every 128-bit key would take far longer than the age of the universe. If guessing the key is no way in, where else could someone who wants a way in look?'
		],
		activity: {
			title: 'Mixing paint, comparing numbers',
			minutes: 25,
			steps: [
				'Give each pair a shared public colour and each student a secret colour (paint, coloured water, or coloured pencils shading the same square).',
				'Each student mixes their secret colour with the public one and swaps only the mixture. Each then adds their own secret colour to the mixture they received. Both should end with the same colour, which never travelled.',
				'An “eavesdropper” student who saw both mixtures tries to make the final colour. Discuss why that is hard with paint and, as the chapter shows, far harder with the real mathematics.',
				'Safety numbers: give both partners in a pair a card with the same 12-group number, the number their phones would show. The teacher, playing a server in the middle, quietly swaps one card for a different number. Partners read their numbers aloud to each other: the mismatch gives the swap away, as it would on real phones.'
			]
		}
	},
	'what-a-backdoor-would-change': {
		prerequisites: [
			'Chapter 3: key agreement, forward secrecy and safety numbers. Each way in is explained by what it changes in them.',
			'Chapter 2’s picture of who holds readable text at each stop.'
		],
		discussion: [
			'Key escrow, a hidden extra participant, scanning on the phone and deliberately weakened keys each make a way in. For each one, who else could use the same way in, and how?',
			'The Clipper chip’s access field was checked by a 16-bit checksum, so about one random fake in 65,536 passed. What does that say about building a way in that is both dependable and hard to dodge?',
			'The hidden-participant idea leaves the encryption itself untouched. Why did the 47 signatories of the 2019 open letter still say it would undermine trust?',
			'Client-side scanning inspects a message on the phone before it is encrypted. Is a message scanned before it is sealed still end-to-end encrypted? Explain your answer.'
		],
		activity: {
			title: 'Design review',
			minutes: 30,
			steps: [
				'Split the class into four groups and give each one design: key escrow, a hidden participant, client-side scanning or weakened keys.',
				'Using the chapter, each group fills in a card: what changes technically; who gains new power; what could go wrong (theft, misuse, mistakes); how a determined criminal might avoid it.',
				'Each group presents its card in two minutes.',
				'The class places the four designs on a board with two axes, “risk to ordinary users” and “use to investigators”, and records where groups disagree and why.'
			]
		}
	},
	'privacy-or-safety': {
		prerequisites: [
			'Chapters 1 to 4: the demand, how end-to-end encryption works, and what each proposed way in would change. The debate works best when students can explain at least one design in their own words.',
			'Agreed ground rules for discussion: the chapter touches on terrorism and child abuse, and some students may be personally affected.'
		],
		discussion: [
			'Rudd argued that “real people” usually choose convenience over perfect security; Jim Killock of the Open Rights Group called the suggestion that ordinary people do not care about secure communications dangerous and misleading. Who do you agree with, and what evidence would change your mind?',
			'In late 2024, after intruders had reached the systems US telephone companies use for court-authorised wiretaps, US officials told senior officials likely to be targeted to use only end-to-end encrypted communications. Does that change the argument about building a way in?',
			'Is there a difference between a way in that is used only with a warrant and one that exists all the time? Who decides when it is used, and who checks them?',
			'What cost does each side of the debate ask everyone else to accept?'
		],
		activity: {
			title: 'Four corners',
			minutes: 30,
			steps: [
				'Label the corners of the room: strongly agree, agree, disagree, strongly disagree.',
				'Read out a statement, for example: “Messaging companies should have to let the police read messages when a judge approves it.” Students move to the corner that matches their view.',
				'Each corner gives its best reason, citing something from the course. Students may move after hearing the others; ask those who move what persuaded them.',
				'To finish, each student writes the strongest argument they can for the side they disagree with.'
			]
		}
	},
	'the-law': {
		prerequisites: [
			'Chapter 1, where the Investigatory Powers Act first appears.',
			'Chapter 4: what removing “electronic protection” could mean in practice.',
			'Helpful but not required: how a bill becomes an Act of Parliament in the UK.'
		],
		discussion: [
			'A technical capability notice needs the Home Secretary’s decision and a Judicial Commissioner’s approval, the “double lock”. Is that enough of a safeguard? What else would you want?',
			'A company that receives a notice may not reveal it without the Home Secretary’s permission. What are the reasons for that secrecy, and what does it cost the public?',
			'The Home Office said the 2024 changes created no new powers; critics saw the new duty to tell the government about planned changes to a service as a way to learn of, and perhaps delay, new encryption. How would you decide between the two readings?',
			'WhatsApp, Signal and Element said they would rather leave the UK than scan encrypted chats under the Online Safety Act. Should a country be able to insist? What happens to its people if a service leaves?'
		],
		activity: {
			title: 'Read the law, then decide',
			minutes: 30,
			steps: [
				'Give students the chapter’s plain-English account of sections 253 and 255 of the Investigatory Powers Act, or the text itself from legislation.gov.uk.',
				'In pairs, they mark: who decides, who approves, what a notice can require, what must be weighed first (including technical feasibility and cost), and what must stay secret.',
				'Small groups then act as a Judicial Commissioner’s panel. Give them an invented request for a notice (say clearly that it is made up) and ask them to approve or refuse it, with written reasons about necessity and proportionality.',
				'Compare decisions across groups: where did the same law lead to different answers?'
			]
		}
	},
	'what-happened-next': {
		prerequisites: [
			'Chapters 1 to 6: this chapter follows the story from 2017 to 2025 and refers back to the ways in and to the law.'
		],
		discussion: [
			'In February 2025 Apple stopped offering its Advanced Data Protection to new users in the UK, after reports that the Home Office had served it a technical capability notice. Neither side confirmed the notice. How can the public judge a power whose use is kept secret?',
			'Compare March 2017 with 2025. What changed in the technology, in the law and in the argument? What stayed the same?',
			'In the EU, the proposal critics call “Chat Control” began in 2022 with orders to detect abuse material, even in encrypted services; in November 2025 the member states’ agreed position dropped the mandatory orders. Why might lawmakers have changed course?',
			'Which event since 2017 do you think mattered most for people who use encrypted apps, and why?'
		],
		activity: {
			title: 'A living timeline',
			minutes: 25,
			steps: [
				'Give each student or pair one event from the chapter, 2017 to 2025.',
				'Each writes a card: the date, what happened, who acted, and whether it moved things towards more access for governments or more protection for users, or neither.',
				'Build the timeline on a wall, cards above the line for more access and below it for more protection.',
				'Finish with predictions: what do students expect to happen next, and what news would show them they were wrong?'
			]
		}
	}
};
