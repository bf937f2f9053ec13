package org.tawasul.newsroom.editorial;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A line diff between two revisions, over a readable rendering of their content (one field per line, the body
 * split at its block elements), so an approver sees exactly what changed in which language.
 */
public final class RevisionDiff {

	private RevisionDiff() {
	}

	public static List<Line> between(Content before, Content after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Line> out = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				out.add(new Line(Kind.SAME, a.get(position)));
			}
			delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
			delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
			position += delta.getSource().size();
		}
		for (; position < a.size(); position++) {
			out.add(new Line(Kind.SAME, a.get(position)));
		}
		return out;
	}

	static List<String> lines(Content c) {
		List<String> lines = new ArrayList<>();
		for (Translation t : c.translations().values()) {
			String l = t.language();
			lines.add(l + " title: " + t.title());
			lines.add(l + " slug: " + t.slug());
			lines.add(l + " summary: " + t.summary());
			for (String block : t.bodyHtml().split("(?=<(p|h[1-6]|ul|ol|li|blockquote|table|tr)[ >])")) {
				if (!block.isBlank()) {
					lines.add(l + " body: " + block.strip());
				}
			}
			lines.add(l + " image alt: " + t.imageAlt());
			if (!t.claimText().isEmpty() || !t.evidence().isEmpty()) {
				lines.add(l + " claim: " + t.claimText());
				lines.add(l + " evidence: " + t.evidence());
			}
		}
		lines.add("region: " + (c.regionCode() == null ? "" : c.regionCode()));
		lines.add("tags: " + String.join(", ", c.tags()));
		lines.add("cases: " + c.caseIds());
		lines.add("rumour groups: " + c.groupIds());
		lines.add("lead image: " + (c.leadImageSha256() == null ? "" : c.leadImageSha256()));
		if (c.verdict() != null || c.claimAppearance() != null) {
			lines.add("verdict: " + c.verdict());
			lines.add("claim appeared: " + (c.claimAppearance() == null ? "" : c.claimAppearance()));
		}
		if (c.mediaOutlet() != null || c.airDate() != null) {
			lines.add("outlet: " + c.mediaOutlet() + " " + c.airDate());
		}
		return lines;
	}

	public enum Kind {
		SAME, ADDED, REMOVED
	}

	public record Line(Kind kind, String text) {
	}
}
