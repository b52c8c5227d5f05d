package org.lvzhi.application.statistics.port.out;

import java.util.List;
import java.util.function.Consumer;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;

/** The acting congress's figures for a year, read under its row-level security. */
public interface StatisticsPort {

    /** A page of the deputies whose term overlaps the year, by name, with their figures counted in one aggregate. */
    Slice<DeputyFigures> deputies(int year, DeputyFiguresFilter filter, KeysetRequest page);

    /** Every deputy whose term overlaps the year, by name, with their figures, handed on one by one as they are read. */
    void eachDeputy(int year, Consumer<DeputyFigures> each);

    List<TenantStatistics.HandlingUnitLine> handlingUnits(int year);

    /**
     * The deputies whose term overlaps the year, by name, each with their term and their records dated in the year,
     * handed on one by one as they are read (one deputy's records held at a time).
     */
    void eachDeputyRecords(int year, Consumer<DeputyRecords> each);
}
