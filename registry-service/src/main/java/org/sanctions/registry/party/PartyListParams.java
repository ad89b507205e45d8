package org.sanctions.registry.party;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sanctions.registry.common.Countries;
import org.sanctions.registry.common.QueryParams;

/** Query parameters of the party list, taken as text and parsed here so that bad values are 400 problems. */
public class PartyListParams {

    @QueryParam("name")
    @Parameter(description = "Case-insensitive substring of any name", example = "ka-chiu")
    public String name;
    @QueryParam("kind")
    @Parameter(description = "PERSON, ORGANIZATION, VESSEL or AIRCRAFT", example = "PERSON")
    public String kind;
    @QueryParam("program")
    @Parameter(description = "Program code of a measure", example = "HK-EO13936")
    public String program;
    @QueryParam("authority")
    @Parameter(description = "Authority of a measure", example = "US-OFAC")
    public String authority;
    @QueryParam("measureType")
    @Parameter(description = "Type of a measure", example = "ASSET_FREEZE")
    public String measureType;
    @QueryParam("status")
    @Parameter(description = "Status of a measure: ACTIVE, REVOKED or EXPIRED", example = "ACTIVE")
    public String status;
    @QueryParam("nationality")
    @Parameter(description = "ISO 3166 alpha-2 code among nationalities or citizenships", example = "HK")
    public String nationality;
    @QueryParam("listedFrom")
    @Parameter(description = "A measure listed on or after this date", example = "2020-01-01")
    public String listedFrom;
    @QueryParam("listedTo")
    @Parameter(description = "A measure listed on or before this date", example = "2020-12-31")
    public String listedTo;
    @QueryParam("activeOn")
    @Parameter(description = "A measure in force on this date", example = "2025-04-01")
    public String activeOn;
    @QueryParam("source")
    @Parameter(description = "One source list entry as AUTHORITY/LIST/SOURCE-ID", example = "US-OFAC/SDN/29250")
    public String source;
    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page")
    public String cursor;
    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to registry.max-page-size (default registry.default-page-size)", example = "50",
            schema = @Schema(type = SchemaType.INTEGER))
    public String limit;

    /** A parsed list request: filter, position and page size. */
    record ListQuery(PartyFilter filter, Cursor after, int limit) {
    }

    /** Parses every parameter, reporting all bad ones in one 400 problem. */
    ListQuery parse(int defaultLimit, int maxLimit) {
        QueryParams p = new QueryParams();
        PartyFilter filter = new PartyFilter(p.text("name", name, 500), p.enumValue("kind", kind, PartyKind.class),
                p.text("program", program, 64), p.text("authority", authority, 32),
                p.enumValue("measureType", measureType, MeasureType.class),
                p.enumValue("status", status, MeasureStatus.class), country(p),
                p.date("listedFrom", listedFrom), p.date("listedTo", listedTo), p.date("activeOn", activeOn),
                sourceRef(p));
        int size = p.integer("limit", limit, defaultLimit, 1, maxLimit);
        Cursor after = Cursor.decode(cursor);
        if (cursor != null && !cursor.isEmpty() && after == null) {
            p.fail("cursor", "is not a cursor this service issued (use nextCursor from a list response)");
        }
        p.done();
        return new ListQuery(filter, after, size);
    }

    private SourceRef sourceRef(QueryParams p) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        String[] parts = source.split("/", 3);
        if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return p.fail("source", "must be AUTHORITY/LIST/SOURCE-ID, e.g. US-OFAC/SDN/29250");
        }
        return new SourceRef(parts[0], parts[1], parts[2], null);
    }

    private String country(QueryParams p) {
        if (nationality == null || nationality.isEmpty()) {
            return null;
        }
        return Countries.isCode(nationality) ? nationality : p.fail("nationality", "must be an ISO 3166-1 alpha-2 code such as HK");
    }
}
