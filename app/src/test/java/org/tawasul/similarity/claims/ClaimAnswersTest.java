package org.tawasul.similarity.claims;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tawasul.similarity.MatchLevel;
import org.tawasul.similarity.StatementMatch;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimAnswersTest {

	private static final List<StatementMatch> ANSWER = List.of(
			new StatementMatch(UUID.randomUUID(), 0.9, MatchLevel.CONFIRM));

	@Test
	void keepsAnAnswerUntilTheIndexChanges() {
		ClaimAnswers answers = new ClaimAnswers(10);
		answers.put("5 شاحنه بيضاء", answers.generation(), ANSWER);
		assertThat(answers.get("5 شاحنه بيضاء")).isEqualTo(ANSWER);

		answers.invalidate();

		assertThat(answers.get("5 شاحنه بيضاء")).isNull();
	}

	@Test
	void dropsAnAnswerComputedBeforeTheIndexChanged() {
		ClaimAnswers answers = new ClaimAnswers(10);
		long before = answers.generation();
		answers.invalidate(); // a statement was published while the answer was being computed

		answers.put("5 شاحنه بيضاء", before, List.of());

		assertThat(answers.get("5 شاحنه بيضاء")).isNull();
		assertThat(answers.size()).isZero();
	}

	@Test
	void forgetsTheLeastRecentlyAskedWhenFull() {
		ClaimAnswers answers = new ClaimAnswers(2);
		long g = answers.generation();
		answers.put("a", g, ANSWER);
		answers.put("b", g, ANSWER);
		answers.get("a");
		answers.put("c", g, ANSWER);

		assertThat(answers.get("a")).isNotNull();
		assertThat(answers.get("b")).isNull();
		assertThat(answers.get("c")).isNotNull();
	}

	@Test
	void neverKeepsVeryLongTextsOrAnythingWhenDisabled() {
		ClaimAnswers answers = new ClaimAnswers(10);
		answers.put("x".repeat(ClaimAnswers.MAX_KEY_CHARS + 1), answers.generation(), ANSWER);
		assertThat(answers.size()).isZero();

		ClaimAnswers none = new ClaimAnswers(0);
		none.put("a", none.generation(), ANSWER);
		assertThat(none.get("a")).isNull();
	}
}
