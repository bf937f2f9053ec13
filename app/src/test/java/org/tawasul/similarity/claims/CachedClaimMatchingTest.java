package org.tawasul.similarity.claims;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawasul.TawasulTest;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.EditorialDesk;
import org.tawasul.newsroom.editorial.Publications;
import org.tawasul.newsroom.editorial.PublishedStatements;
import org.tawasul.similarity.MatchLevel;
import org.tawasul.similarity.StatementMatch;
import org.tawasul.similarity.TruthStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers of the claim index are kept by normalised text, on the real PostgreSQL and the real workflow: an answer
 * given before a statement is published, or while it is public, never outlives the change.
 */
@TawasulTest
class CachedClaimMatchingTest {

	@Autowired
	TruthStatements statements;

	@Autowired
	EditorialDesk desk;

	@Autowired
	Publications publications;

	@Test
	void anAnswerGivenBeforeAPublicationOrAWithdrawalIsNotServedAfterIt() {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 8);
		String claim = "تسرب غاز سام من مصنع الإسمنت في " + place + " والسلطات تخفي الحقيقة";
		String rumour = "عاجل تسرب غاز سام من مصنع الإسمنت في " + place + " والسلطات تخفي الحقيقة شاركوا";
		// asked, and the answer kept, before the statement exists
		assertThat(statements.match(rumour, 5)).noneMatch(m -> m.level() == MatchLevel.CONFIRM);

		PublicationId id = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT,
				PublishedStatements.truthStatement(claim, "Fuite de gaz toxique à l’usine de ciment de " + place,
						"غاز " + place));

		await().untilAsserted(() -> assertThat(statements.match(rumour, 5)).anySatisfy(m -> confirms(m, id)));
		// the same rumour re-punctuated, elongated and decorated normalises the same: same answer
		assertThat(statements.match("‼️ عاااجل: تسرّب غاز سام من مصنع الإسمنت في " + place
				+ "، والسلطات تخفي الحقيقة… شاركوا 🙏", 5)).anySatisfy(m -> confirms(m, id));

		desk.withdraw(id, publications.get(id).version(), "معطيات غير مكتملة", PublishedStatements.supervisor());

		await().untilAsserted(() -> assertThat(statements.match(rumour, 5))
			.noneMatch(m -> m.publicationId().equals(id.value())));
	}

	private static void confirms(StatementMatch match, PublicationId statement) {
		assertThat(match.publicationId()).isEqualTo(statement.value());
		assertThat(match.level()).isEqualTo(MatchLevel.CONFIRM);
	}
}
