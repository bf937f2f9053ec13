package org.tawasul.reporting.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.identity.Regions;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;

/** Places a report in a region (or back to national), so that the region's staff see it. */
@Service
public class PlaceReport extends TriageAction {

	private final Regions regions;

	PlaceReport(TriageSupport support, Regions regions) {
		super(support);
		this.regions = regions;
	}

	@Transactional
	public void place(ReportId id, @Nullable String regionCode, String actor) {
		String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
		if (region != null && regions.find(region).isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.region.unknown");
		}
		change(id, actor, "report.place", Map.of("region", region == null ? "national" : region),
				(report, at) -> report.placeIn(region));
	}
}
