package org.tawasul.similarity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim index of published truth statements. The newsroom tells it what was published or withdrawn (similarity
 * sits below the newsroom, so it is told rather than listening); anyone may ask which statements a text repeats.
 */
public interface TruthStatements {

	/**
	 * A truth statement is public: index its claim, one entry per language version, and match it against every
	 * report received so far (asynchronously answered reports publish {@link StatementMatched}).
	 */
	void published(UUID publicationId, List<StatementClaim> languageVersions);

	/** A statement was withdrawn: it no longer answers anything. */
	void withdrawn(UUID publicationId);

	/** The statements {@code text} most likely repeats, best first, at most {@code top}, one per statement. */
	List<StatementMatch> match(String text, int top);

	/**
	 * As {@link #match}, for a visitor who is waiting: empty when every search slot stayed busy for
	 * {@code patience} (the machine is at capacity), so the page can say "try again" at once instead of making
	 * the visitor wait in a queue. Texts asked before are answered from memory whatever the load.
	 */
	Optional<List<StatementMatch>> matchUnlessBusy(String text, int top, Duration patience);

	/** The suggest and confirm thresholds in use. */
	Thresholds thresholds();

	/** One language version of a statement's claim: the headline and the rumour as it spread. */
	record StatementClaim(String language, String title, String claimText) {
	}

	record Thresholds(double suggest, double confirm) {
	}
}
