package org.tawasul.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tawasul.identity.Region;
import org.tawasul.identity.Regions;

/** Regions from the reference table; they change by migration only, so they are read once, on first use. */
@Service
class JdbcRegions implements Regions {

	private final JdbcClient jdbc;

	private volatile @org.jspecify.annotations.Nullable List<Region> regions;

	JdbcRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private List<Region> regions() {
		List<Region> loaded = regions;
		if (loaded == null) {
			loaded = List.copyOf(jdbc.sql("""
				select r.code, r.name_ar, r.name_fr, r.parent_code
				from identity.region r left join identity.region p on p.code = r.parent_code
				order by coalesce(p.position, r.position), r.parent_code nulls first, r.position""")
			.query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list());
			regions = loaded;
		}
		return loaded;
	}

	@Override
	public List<Region> all() {
		return regions();
	}

	@Override
	public Optional<Region> find(String code) {
		return regions().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	@Override
	public List<String> withinScope(String code) {
		return regions().stream()
			.filter(r -> r.code().equals(code) || code.equals(r.parentCode()))
			.map(Region::code)
			.toList();
	}
}
