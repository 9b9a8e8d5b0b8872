package nl.schaduwklant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dutch customer-service replies of 40 to 90 words, some with the errors Dutch editors
 * look for, varied so that no two are the same text.
 */
final class ReplyTexts {

	private static final List<String> OPENINGS = List.of("Beste mevrouw De Vries,", "Geachte mevrouw De Vries,",
			"Hallo Marieke,", "Goedemiddag mevrouw De Vries,");

	private static final List<String> SENTENCES = List.of("Bedankt voor uw bericht over uw verhuizing.",
			"U kunt uw nieuwe adres het snelst online doorgeven via mijn omgeving op onze website.",
			"Wij passen uw gegevens binnen vijf werkdagen aan.",
			"Heeft u nog vragen, dan kunt u ons bellen op werkdagen tussen negen en vijf uur.",
			"Wij wordt graag op de hoogte gehouden van uw nieuwe adres.",
			"Uw contract loopt gewoon door op het nieuwe adres, daar hoeft u niets voor te doen.",
			"Houd er rekening mee dat de eerste factuur op het nieuwe adres iets hoger kan uitvallen.",
			"Wilt u u klantnummer vermelden als u ons opnieuw mailt?",
			"De overstap word automatisch geregeld zodra wij uw gegevens hebben ontvangen.",
			"Wij sturen u een bevestiging per e-mail zodra de wijziging is verwerkt.",
			"Mocht u de monteur nodig hebben, dan plannen wij graag een afspraak in.",
			"Het is ook mogelijk om de verhuizing telefonisch door te geven.");

	private static final List<String> CLOSINGS = List.of("Met vriendelijke groet,\n\nKlantenservice",
			"Vriendelijke groeten,\n\nHet klantcontactteam", "Met hartelijke groet,\n\nAfdeling Klantenservice");

	private ReplyTexts() {
	}

	static List<String> generate(int count) {
		Random random = new Random(42);
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			var text = new StringBuilder(OPENINGS.get(random.nextInt(OPENINGS.size()))).append("\n\n");
			int sentences = 4 + random.nextInt(5);
			for (int s = 0; s < sentences; s++) {
				text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
			}
			text.append("Uw referentie is VH-").append(10000 + i).append(".\n\n");
			text.append(CLOSINGS.get(random.nextInt(CLOSINGS.size())));
			texts.add(text.toString());
		}
		return texts;
	}

}
