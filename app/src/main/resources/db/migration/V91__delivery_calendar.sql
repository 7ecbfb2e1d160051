-- The delivery module's working-day calendar (issue 16, part 3): the days that are not counted in a dossier's
-- deadline beyond Saturdays and Sundays (DAY_OFF), and the Saturdays that are worked in exchange for a bridged day
-- (WORKING_DAY). Reference data, editable by ADMIN through /api/delivery/calendar (audited).
--
-- Source of the seed: Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), art. 112 (1/1; Tết 5 days; Hùng Kings
-- 10/3 lunar; 30/4; 1/5; 2/9 and one day next to it) and art. 111(3) (a holiday on a weekly rest day is taken
-- on the next working day); the days chosen for civil servants in the yearly notices of the Ministry of Labour,
-- Invalids and Social Affairs / Ministry of Home Affairs:
--   2024: Tết Giáp Thìn (10/02/2024) off 08/02-14/02; Hùng Kings 18/04; 27/04-01/05 off with Monday 29/04
--         exchanged for Saturday 04/05; National Day 31/08-03/09.
--   2025: Tết Ất Tỵ (29/01/2025) off 25/01-02/02; Hùng Kings 07/04; 30/04-04/05 off with Friday 02/05
--         exchanged for Saturday 26/04; National Day 30/08-02/09.
--   2026: Tết Bính Ngọ (17/02/2026) off 14/02-22/02 (9 days); Hùng Kings falls on Sunday 26/04, taken Monday
--         27/04; 30/04-01/05; National Day 02/09 with 01/09. The days next to 1/1 and 2/9 in 2026 are to be
--         checked against the year's notice and corrected through the API if it chose others.
CREATE TABLE delivery_calendar_day (
    on_day      DATE                     NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)              NOT NULL,
    name_vi     VARCHAR(200)             NOT NULL,
    name_en     VARCHAR(200)             NOT NULL,
    source      VARCHAR(500)             NOT NULL,
    recorded_by VARCHAR(200)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_calendar_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);

INSERT INTO delivery_calendar_day (on_day, kind, name_vi, name_en, source, recorded_by, recorded_at) VALUES
 (DATE '2024-01-01', 'DAY_OFF', 'Tết Dương lịch', 'New Year''s Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-02-08', 'DAY_OFF', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-02-09', 'DAY_OFF', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-02-12', 'DAY_OFF', 'Tết Nguyên đán Giáp Thìn (mùng 3)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-02-13', 'DAY_OFF', 'Tết Nguyên đán Giáp Thìn (mùng 4)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-02-14', 'DAY_OFF', 'Tết Nguyên đán Giáp Thìn (mùng 5)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-04-18', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)', 'Bridge day (worked on Saturday 04/05/2024)', 'thông báo lịch nghỉ 30/4-1/5/2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Reunification Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động 1/5', 'International Workers'' Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-05-04', 'WORKING_DAY', 'Làm bù cho thứ Hai 29/04/2024', 'Worked for Monday 29/04/2024', 'thông báo lịch nghỉ 30/4-1/5/2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'National Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2024-09-03', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Quốc khánh 2024', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-01', 'DAY_OFF', 'Tết Dương lịch', 'New Year''s Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-27', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-28', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-29', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-30', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-01-31', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/05/2025', 'Worked for Friday 02/05/2025', 'thông báo lịch nghỉ 30/4-1/5/2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Reunification Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động 1/5', 'International Workers'' Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', 'Bridge day (worked on Saturday 26/04/2025)', 'thông báo lịch nghỉ 30/4-1/5/2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Quốc khánh 2025', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2025-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'National Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-01-01', 'DAY_OFF', 'Tết Dương lịch', 'New Year''s Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2026', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2026', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 2)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2026', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 3)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2026', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 4)', 'Lunar New Year (Tết)', 'BLLĐ 2019 điều 112; thông báo lịch nghỉ Tết 2026', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/04)', 'Hùng Kings'' Commemoration (Sunday 26/04, taken Monday)', 'BLLĐ 2019 điều 111, 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Reunification Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động 1/5', 'International Workers'' Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề, cần đối chiếu thông báo năm 2026)', 'National Day (adjacent day, to check against the 2026 notice)', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07'),
 (DATE '2026-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'National Day', 'BLLĐ 2019 điều 112', 'V91', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+07');
