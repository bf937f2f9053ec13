package org.tawasul.identity;

import java.util.List;
import java.util.Optional;

/** The territorial reference data every module uses to scope work and filter lists. */
public interface Regions {

	/** Every region and, after each, its prefectures and provinces. */
	List<Region> all();

	Optional<Region> find(String code);

	/** The code itself and, for a region, the codes of its prefectures and provinces. */
	List<String> withinScope(String code);
}
