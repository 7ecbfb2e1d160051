-- Entry numbers of values ("last value" is the value entered last) come from a sequence, so writers on several
-- nodes never hand out the same number. The first writer of each node catches the sequence up with values
-- written directly (the demo seeder), under the exclusive writer lock (see WriterLock).
CREATE SEQUENCE data_value_entry_seq START WITH 1;
