package org.tawasul.similarity.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tawasul.similarity.StatementMatch;

/**
 * What the claim index answered, by normalised text: a viral rumour is pasted again and again, in slightly different
 * spellings that normalise the same, and its answer only changes when a truth statement is indexed, replaced or
 * withdrawn. Bounded, least recently asked dropped first. Every change to the index moves the generation and empties
 * the answers; an answer computed before a change (its caller read the older generation) is not kept.
 */
final class ClaimAnswers {

	/** Longer texts are matched every time: they are rarely pasted twice and would fill the memory. */
	static final int MAX_KEY_CHARS = 2_000;

	private final int capacity;

	private final Map<String, List<StatementMatch>> answers;

	private long generation;

	ClaimAnswers(int capacity) {
		this.capacity = capacity;
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, List<StatementMatch>> eldest) {
				return size() > ClaimAnswers.this.capacity;
			}
		};
	}

	/** The generation to pass to {@link #put} for an answer computed from now on. */
	synchronized long generation() {
		return generation;
	}

	synchronized @Nullable List<StatementMatch> get(String key) {
		return answers.get(key);
	}

	/** Keeps {@code answer} unless the index changed since {@code computedAt} was read, or the key is too long. */
	synchronized void put(String key, long computedAt, List<StatementMatch> answer) {
		if (computedAt == generation && capacity > 0 && key.length() <= MAX_KEY_CHARS) {
			answers.put(key, answer);
		}
	}

	/** The index changed: forget every answer. */
	synchronized void invalidate() {
		generation++;
		answers.clear();
	}

	synchronized int size() {
		return answers.size();
	}
}
