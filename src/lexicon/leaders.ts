/**
 * Office holders wire copy often names without their office ("Xi", "Putin and Orban"): their
 * country and sector, so that such mentions still get an actor code. Facts, kept short; the
 * mention finder reads titles from the text first and uses this only when the text gives none.
 * `actor` overrides the code for officials of intergovernmental bodies.
 */
export interface Leader {
  readonly names: readonly string[];
  readonly country: string | null;
  readonly sector: string;
  readonly actor?: string;
  /** The day the office began, for one named in archive copy before it (Donald Trump in 1987 was a businessman). */
  readonly since?: string;
}

const gov = (country: string, ...names: string[]): Leader => ({ names, country, sector: 'GOV' });
const mil = (country: string, ...names: string[]): Leader => ({ names, country, sector: 'MIL' });
const igo = (actor: string, ...names: string[]): Leader => ({ names, country: null, sector: 'IGO', actor });
const opp = (country: string, ...names: string[]): Leader => ({ names, country, sector: 'OPP' });
const reb = (country: string, ...names: string[]): Leader => ({ names, country, sector: 'REB' });
const leg = (country: string, ...names: string[]): Leader => ({ names, country, sector: 'LEG' });

export const LEADERS: readonly Leader[] = [
  gov('CHN', 'Xi Jinping'), gov('CHN', 'Li Qiang'), gov('CHN', 'Wang Yi'), gov('CHN', 'Mao Ning'), gov('CHN', 'Lin Jian'),
  mil('CHN', 'Dong Jun'), mil('CHN', 'Li Shangfu'), mil('CHN', 'Zhang Youxia'),
  gov('RUS', 'Vladimir Putin'), gov('RUS', 'Dmitry Medvedev'), gov('RUS', 'Sergey Lavrov', 'Sergei Lavrov'), gov('RUS', 'Dmitry Peskov'),
  gov('RUS', 'Maria Zakharova'), gov('RUS', 'Mikhail Mishustin'), mil('RUS', 'Sergei Shoigu', 'Sergey Shoigu'),
  mil('RUS', 'Andrei Belousov', 'Andrey Belousov'), mil('RUS', 'Valery Gerasimov'),
  gov('USA', 'Joe Biden'), gov('USA', 'Kamala Harris'), gov('USA', 'Antony Blinken'), { ...gov('USA', 'Donald Trump'), since: '2017-01-20' },
  gov('USA', 'Jake Sullivan'), mil('USA', 'Lloyd Austin'), gov('USA', 'Marco Rubio'),
  gov('UKR', 'Volodymyr Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'), gov('UKR', 'Dmytro Kuleba'), gov('UKR', 'Andrii Sybiha'),
  mil('UKR', 'Rustem Umerov'), mil('UKR', 'Oleksandr Syrskyi'),
  gov('TUR', 'Recep Tayyip Erdogan', 'Tayyip Erdogan'), gov('TUR', 'Hakan Fidan'),
  gov('ISR', 'Benjamin Netanyahu'), gov('ISR', 'Isaac Herzog'), mil('ISR', 'Yoav Gallant'), gov('ISR', 'Israel Katz'),
  gov('IRN', 'Ebrahim Raisi'), gov('IRN', 'Ali Khamenei'), gov('IRN', 'Masoud Pezeshkian'), gov('IRN', 'Hossein Amir-Abdollahian'), gov('IRN', 'Abbas Araqchi', 'Abbas Araghchi'),
  gov('IND', 'Narendra Modi'), gov('IND', 'Subrahmanyam Jaishankar', 'S. Jaishankar'), mil('IND', 'Rajnath Singh'),
  gov('PAK', 'Shehbaz Sharif'), gov('PAK', 'Ishaq Dar'), mil('PAK', 'Asim Munir'),
  gov('FRA', 'Emmanuel Macron'), gov('DEU', 'Olaf Scholz'), gov('GBR', 'Rishi Sunak'), gov('GBR', 'Keir Starmer'),
  gov('GBR', 'David Cameron'), gov('HUN', 'Viktor Orban'), gov('ITA', 'Giorgia Meloni'), gov('ESP', 'Pedro Sanchez'),
  gov('POL', 'Donald Tusk'), gov('POL', 'Andrzej Duda'), gov('JPN', 'Fumio Kishida'), gov('JPN', 'Shigeru Ishiba'),
  gov('KOR', 'Yoon Suk Yeol'), gov('PRK', 'Kim Jong Un'), gov('PRK', 'Kim Yo Jong'), gov('PHL', 'Ferdinand Marcos Jr.', 'Ferdinand Marcos'),
  gov('BRA', 'Luiz Inacio Lula da Silva', 'Lula da Silva'), gov('BLR', 'Alexander Lukashenko'), gov('KAZ', 'Kassym-Jomart Tokayev'),
  gov('UZB', 'Shavkat Mirziyoyev'), gov('SAU', 'Mohammed bin Salman'), gov('EGY', 'Abdel Fattah al-Sisi'), gov('SYR', 'Bashar al-Assad'),
  gov('PSE', 'Mahmoud Abbas'), { names: ['Ismail Haniyeh', 'Yahya Sinwar'], country: 'PSE', sector: 'REB' },
  gov('AUS', 'Anthony Albanese'), gov('CAN', 'Justin Trudeau'), gov('ZAF', 'Cyril Ramaphosa'), gov('KEN', 'William Ruto'),
  mil('MMR', 'Min Aung Hlaing'), gov('IDN', 'Prabowo Subianto', 'Joko Widodo'), gov('MYS', 'Anwar Ibrahim'),
  gov('TWN', 'Lai Ching-te', 'Tsai Ing-wen'), gov('VNM', 'To Lam'), gov('VNM', 'Nguyen Phu Trong'), gov('VNM', 'Vo Van Thuong'), gov('VNM', 'Luong Cuong'), gov('SRB', 'Aleksandar Vucic'), gov('AZE', 'Ilham Aliyev'),
  gov('ARM', 'Nikol Pashinyan'), gov('GEO', 'Irakli Kobakhidze'), gov('QAT', 'Tamim bin Hamad Al Thani'),
  igo('IGOEU', 'Ursula von der Leyen'), igo('IGOEU', 'Josep Borrell'), igo('IGOEU', 'Charles Michel'), igo('IGOEU', 'Kaja Kallas'),
  igo('IGOUN', 'Antonio Guterres'), igo('IGONATO', 'Jens Stoltenberg'), igo('IGONATO', 'Mark Rutte'),
  igo('IGOIAEA', 'Rafael Grossi'), igo('IGOASEAN', 'Kao Kim Hourn'),
  // Office holders and opposition leaders of the mid-2020s, by region (facts: name, country, sector).
  gov('ECU', 'Daniel Noboa'), gov('COL', 'Gustavo Petro'), gov('MEX', 'Andres Manuel Lopez Obrador', 'Andrés Manuel López Obrador'),
  gov('MEX', 'Claudia Sheinbaum'), gov('ARG', 'Javier Milei'), gov('VEN', 'Nicolas Maduro', 'Nicolás Maduro'), gov('PER', 'Dina Boluarte'),
  gov('CHL', 'Gabriel Boric'), gov('BOL', 'Luis Arce'), gov('GUY', 'Irfaan Ali'), gov('SLV', 'Nayib Bukele'), gov('NIC', 'Daniel Ortega'),
  gov('CUB', 'Miguel Diaz-Canel', 'Miguel Díaz-Canel'), gov('BRA', 'Mauro Vieira'), gov('PRY', 'Santiago Pena', 'Santiago Peña'),
  gov('URY', 'Yamandu Orsi', 'Yamandú Orsi'), gov('PAN', 'Jose Raul Mulino', 'José Raúl Mulino'), gov('HTI', 'Garry Conille'),
  opp('VEN', 'Maria Corina Machado', 'María Corina Machado', 'Edmundo Gonzalez', 'Edmundo González'),
  gov('COD', 'Felix Tshisekedi', 'Félix Tshisekedi'), gov('RWA', 'Paul Kagame', 'Olivier Nduhungirehe'),
  gov('NGA', 'Bola Tinubu'), gov('GHA', 'John Mahama', 'John Dramani Mahama', 'Nana Akufo-Addo'), gov('SEN', 'Bassirou Diomaye Faye', 'Ousmane Sonko', 'Macky Sall'),
  gov('MLI', 'Assimi Goita', 'Assimi Goïta'), gov('BFA', 'Ibrahim Traore', 'Ibrahim Traoré'), gov('NER', 'Abdourahamane Tiani'),
  gov('TCD', 'Mahamat Idriss Deby', 'Mahamat Idriss Déby'), mil('SDN', 'Abdel Fattah al-Burhan'), reb('SDN', 'Mohamed Hamdan Dagalo'),
  gov('ETH', 'Abiy Ahmed'), gov('SOM', 'Hassan Sheikh Mohamud'), gov('ERI', 'Isaias Afwerki'), gov('UGA', 'Yoweri Museveni'),
  gov('TZA', 'Samia Suluhu Hassan'), gov('ZWE', 'Emmerson Mnangagwa'), gov('MOZ', 'Daniel Chapo', 'Filipe Nyusi'), opp('MOZ', 'Venancio Mondlane', 'Venâncio Mondlane'),
  gov('AGO', 'Joao Lourenco', 'João Lourenço'), gov('DZA', 'Abdelmadjid Tebboune', 'Ahmed Attaf'), gov('MAR', 'Nasser Bourita'), gov('TUN', 'Kais Saied'),
  gov('LBY', 'Abdul Hamid Dbeibah'), reb('LBY', 'Khalifa Haftar'), gov('EGY', 'Badr Abdelatty'), gov('SSD', 'Salva Kiir'),
  opp('UGA', 'Bobi Wine', 'Kizza Besigye'), opp('TZA', 'Tundu Lissu'),
  gov('ISR', 'Gideon Saar', "Gideon Sa'ar"), gov('ISR', 'Itamar Ben-Gvir'), gov('ISR', 'Bezalel Smotrich'), gov('LBN', 'Najib Mikati', 'Joseph Aoun', 'Nawaf Salam'),
  reb('LBN', 'Hassan Nasrallah', 'Naim Qassem'), gov('IRQ', 'Mohammed Shia al-Sudani'), gov('JOR', 'Ayman Safadi'),
  gov('ARE', 'Mohamed bin Zayed', 'Mohammed bin Zayed'), gov('SAU', 'Faisal bin Farhan'), gov('QAT', 'Mohammed bin Abdulrahman Al Thani'),
  gov('OMN', 'Badr Albusaidi'), reb('YEM', 'Abdul Malik al-Houthi'), gov('SYR', 'Ahmed al-Sharaa', 'Asaad al-Shibani'),
  gov('IRN', 'Abbas Araghchi'), gov('AFG', 'Hibatullah Akhundzada', 'Zabihullah Mujahid'), gov('BGD', 'Sheikh Hasina', 'Muhammad Yunus'),
  gov('LKA', 'Anura Kumara Dissanayake'), gov('THA', 'Srettha Thavisin', 'Paetongtarn Shinawatra', 'Anutin Charnvirakul'),
  gov('KHM', 'Hun Manet', 'Hun Sen'), gov('SGP', 'Lawrence Wong'), gov('PHL', 'Enrique Manalo'), mil('PHL', 'Gilberto Teodoro'),
  gov('AUS', 'Penny Wong'), mil('AUS', 'Richard Marles'), gov('NZL', 'Christopher Luxon'), gov('VNM', 'Pham Minh Chinh'),
  gov('KOR', 'Lee Jae-myung', 'Han Duck-soo'), gov('PRK', 'Kim Yo Jong'), gov('JPN', 'Yoko Kamikawa', 'Takeshi Iwaya'),
  gov('PAK', 'Asif Ali Zardari', 'Attaullah Tarar'), opp('PAK', 'Imran Khan'), gov('IND', 'Droupadi Murmu'),
  gov('GBR', 'David Lammy'), mil('GBR', 'John Healey'), gov('FRA', 'Jean-Noel Barrot', 'Jean-Noël Barrot', 'Michel Barnier', 'Francois Bayrou', 'François Bayrou'),
  gov('DEU', 'Friedrich Merz', 'Annalena Baerbock', 'Johann Wadephul'), mil('DEU', 'Boris Pistorius'), gov('ITA', 'Antonio Tajani'),
  gov('ESP', 'Jose Manuel Albares', 'José Manuel Albares'), gov('POL', 'Radoslaw Sikorski', 'Radosław Sikorski'), gov('HUN', 'Peter Szijjarto', 'Péter Szijjártó'),
  gov('SVK', 'Robert Fico'), gov('CZE', 'Petr Fiala'), gov('MDA', 'Maia Sandu'), gov('GEO', 'Salome Zourabichvili', 'Bidzina Ivanishvili'),
  gov('ARM', 'Ararat Mirzoyan'), gov('AZE', 'Jeyhun Bayramov'), gov('KGZ', 'Sadyr Japarov'), gov('TJK', 'Emomali Rahmon'),
  gov('CAN', 'Melanie Joly', 'Mélanie Joly', 'Mark Carney'), gov('USA', 'Steve Witkoff', 'Mike Waltz', 'J.D. Vance', 'JD Vance'), mil('USA', 'Pete Hegseth'),
  mil('TUR', 'Yasar Guler', 'Yaşar Güler'), opp('TUR', 'Ekrem Imamoglu', 'Ekrem İmamoğlu', 'Ozgur Ozel', 'Özgür Özel'),
  igo('IGOAU', 'Moussa Faki Mahamat', 'Moussa Faki'), gov('VAT', 'Pope Francis', 'Pope Leo XIV', 'Pope Leo', 'Pope Benedict XVI'), igo('IGOUN', 'Volker Turk', 'Volker Türk'), igo('IGOWHO', 'Tedros Adhanom Ghebreyesus'),
  igo('IGOIMF', 'Kristalina Georgieva'), igo('IGOEU', 'Antonio Costa', 'António Costa'),
  // Office holders of the 1980s, whom archive copy (Reuters-21578, 1987) names without office or country.
  gov('USA', 'Ronald Reagan'), gov('USA', 'George Bush', 'George H. W. Bush', 'George H.W. Bush'), gov('USA', 'James Baker', 'James A. Baker'),
  gov('USA', 'Howard Baker'), gov('USA', 'George Shultz', 'George P. Shultz'), mil('USA', 'Caspar Weinberger'),
  gov('USA', 'Clayton Yeutter'), gov('USA', 'Malcolm Baldrige'), gov('USA', 'Richard Lyng'), gov('USA', 'Donald Regan'),
  gov('USA', 'John Poindexter'), gov('USA', 'Frank Carlucci'), gov('USA', 'Edwin Meese'),
  gov('SUN', 'Mikhail Gorbachev'), gov('SUN', 'Eduard Shevardnadze'), gov('SUN', 'Nikolai Ryzhkov'), gov('SUN', 'Andrei Gromyko'),
  gov('GBR', 'Margaret Thatcher'), gov('GBR', 'Geoffrey Howe', 'Sir Geoffrey Howe'), gov('GBR', 'Nigel Lawson'),
  gov('JPN', 'Yasuhiro Nakasone'), gov('JPN', 'Tadashi Kuranari'), gov('JPN', 'Kiichi Miyazawa'), gov('JPN', 'Noboru Takeshita'),
  gov('JPN', 'Masaharu Gotoda'), gov('JPN', 'Hajime Tamura'),
  gov('FRA', 'Francois Mitterrand', 'François Mitterrand'), gov('FRA', 'Jacques Chirac'), gov('FRA', 'Jean-Bernard Raimond'),
  gov('FRA', 'Edouard Balladur', 'Édouard Balladur'),
  gov('DEU', 'Helmut Kohl'), gov('DEU', 'Hans-Dietrich Genscher'), gov('DEU', 'Richard von Weizsaecker', 'Richard von Weizsäcker'),
  gov('DEU', 'Gerhard Stoltenberg'),
  gov('KOR', 'Chun Doo Hwan', 'Chun Doo-hwan'), gov('KOR', 'Lee Han-key'), gov('PHL', 'Corazon Aquino'), gov('BRA', 'Jose Sarney', 'José Sarney'),
  gov('YUG', 'Branko Mikulic'), gov('PRT', 'Anibal Cavaco Silva', 'Cavaco Silva'), gov('IRN', 'Ruhollah Khomeini'),
  gov('IRN', 'Ali Akbar Velayati'), gov('IRQ', 'Saddam Hussein'), gov('JOR', 'Hussein bin Talal', 'King Hussein'), gov('IND', 'Rajiv Gandhi'),
  gov('CAN', 'Brian Mulroney'), gov('AUS', 'Bob Hawke'), gov('ISR', 'Yitzhak Shamir'), gov('ISR', 'Shimon Peres'),
  igo('IGOEU', 'Jacques Delors'), igo('IGOEU', 'Willy De Clercq'), igo('IGOEU', 'Frans Andriessen'),
  igo('IGOUN', 'Javier Perez de Cuellar', 'Javier Pérez de Cuéllar', 'Perez de Cuellar'),
  gov('CHN', 'Deng Xiaoping'), gov('CHN', 'Zhao Ziyang'), gov('CHN', 'Li Peng'), gov('CHN', 'Hu Yaobang'), gov('PAK', 'Zia ul-Haq'),
  gov('PAK', 'Benazir Bhutto'), gov('CHL', 'Augusto Pinochet'), gov('CUB', 'Fidel Castro'), gov('LBY', 'Muammar Gaddafi', 'Moammar Gadhafi'),
  gov('EGY', 'Hosni Mubarak'), gov('SAU', 'King Fahd'), gov('IRN', 'Akbar Hashemi Rafsanjani', 'Hashemi Rafsanjani'), gov('ZAF', 'P.W. Botha', 'Pieter Botha'),
  gov('ZAF', 'F.W. de Klerk'), gov('ZWE', 'Robert Mugabe'), gov('ZMB', 'Kenneth Kaunda'), gov('KEN', 'Daniel arap Moi'), gov('TZA', 'Julius Nyerere'),
  gov('ETH', 'Mengistu Haile Mariam'), gov('POL', 'Wojciech Jaruzelski'), opp('POL', 'Lech Walesa', 'Lech Wałęsa'), gov('DDR', 'Erich Honecker'),
  gov('ROU', 'Nicolae Ceausescu'), gov('BGR', 'Todor Zhivkov'), gov('CSK', 'Gustav Husak'), gov('HUN', 'Janos Kadar'), gov('PRK', 'Kim Il Sung'),
  gov('KOR', 'Roh Tae-woo'), gov('SGP', 'Lee Kuan Yew'), gov('MYS', 'Mahathir Mohamad'), gov('THA', 'Prem Tinsulanonda'), gov('NZL', 'David Lange'),
  gov('MEX', 'Miguel de la Madrid'), gov('MEX', 'Carlos Salinas de Gortari'), gov('ARG', 'Raul Alfonsin', 'Raúl Alfonsín'), gov('PER', 'Alan Garcia', 'Alan García'),
  gov('SLV', 'Jose Napoleon Duarte', 'José Napoleón Duarte'), mil('PAN', 'Manuel Noriega', 'Manuel Antonio Noriega'), gov('CRI', 'Oscar Arias'),
  gov('ESP', 'Felipe Gonzalez', 'Felipe González'), gov('ITA', 'Bettino Craxi'), gov('ITA', 'Giulio Andreotti'), gov('NLD', 'Ruud Lubbers'),
  gov('BEL', 'Wilfried Martens'), gov('GRC', 'Andreas Papandreou'), gov('TUR', 'Turgut Ozal', 'Turgut Özal'), gov('TUR', 'Kenan Evren'),
  // Ministers, central bankers, legislators and heads of bodies the 1987 archive names most often (facts: name, country, sector),
  // so that an official abroad does not take the dateline's country (Brazil's finance minister in a WASHINGTON story).
  gov('USA', 'Paul Volcker', 'Alan Greenspan', 'John Herrington', 'David Mulford', 'Elizabeth Dole', 'Richard Darman', 'Donald Hodel', 'Beryl Sprinkel'),
  leg('USA', 'Robert Byrd', 'Robert Dole', 'Thomas Foley', 'Lloyd Bentsen', 'Dan Rostenkowski', 'Patrick Leahy', 'William Proxmire', 'Lawton Chiles', 'Richard Gephardt'),
  gov('BRA', 'Dilson Funaro', 'Luiz Carlos Bresser Pereira', 'Bresser Pereira', 'Almir Pazzianotto'), gov('PHL', 'Jaime Ongpin', 'Jose Concepcion', 'Solita Monsod'),
  gov('DEU', 'Karl Otto Poehl', 'Karl Otto Pöhl', 'Martin Bangemann', 'Ignaz Kiechle'), gov('CAN', 'Joe Clark', 'Marcel Masse'), gov('JPN', 'Satoshi Sumita', 'Mutsuki Kato', 'Tetsuo Kondo'),
  igo('IGOWB', 'Barber Conable'), igo('IGOIMF', 'Michel Camdessus'), igo('IGONATO', 'Lord Carrington'), igo('IGOFAO', 'Edouard Saouma'),
  gov('NZL', 'Roger Douglas'), opp('NZL', 'Jim Bolger'), gov('BEL', 'Mark Eyskens', 'Leo Tindemans'), gov('ECU', 'Leon Febres Cordero', 'Fernando Santos Alvite'),
  gov('ARG', 'Mario Brodersohn', 'Juan Sourrouille'), gov('SAU', 'Hisham Nazer', 'Hisham Nazir', 'Mohammed Ali Abal-Khail'), gov('ITA', 'Francesco Cossiga', 'Giovanni Goria'),
  gov('IRN', 'Gholamreza Aqazadeh', 'Mir-Hossein Mousavi', 'Mir Hossein Mousavi'), gov('IRQ', 'Tariq Aziz'), gov('VEN', 'Jaime Lusinchi', 'Arturo Hernandez Grisanti', 'Manuel Azpurua'),
  gov('FIN', 'Kalevi Sorsa', 'Mauno Koivisto'), gov('NLD', 'Onno Ruding'), gov('CIV', 'Felix Houphouet-Boigny', 'Denis Bra Kanon'), gov('GBR', 'Michael Jopling', 'Paul Channon'),
  mil('GBR', 'George Younger'), gov('NGA', 'Rilwanu Lukman'), gov('CHN', 'Wang Bingqian', 'Yao Yilin', 'Tian Jiyun'), gov('MEX', 'Gustavo Petricioli'),
  gov('LBN', 'Amin Gemayel'), gov('TCD', 'Hissene Habre', 'Hissène Habré'), gov('IDN', 'Radius Prawiro', 'Achmad Affandi', 'Rachmat Saleh'), gov('AUS', 'John Dawkins'),
  gov('AUT', 'Franz Vranitzky', 'Ferdinand Lacina'), gov('DNK', 'Poul Schlueter'), gov('JAM', 'Edward Seaga'), gov('BGD', 'Hossain Mohammad Ershad'),
  gov('FRA', 'Alain Madelin', 'Francois Guillaume', 'Michel Noir'), gov('ARE', 'Mana Said al-Oteiba'), gov('NOR', 'Arne Oeien'), gov('YUG', 'Svetozar Rikanovic'),
  gov('KOR', 'Rha Woong'), gov('MYS', 'Lim Keng Yaik'), gov('NIC', 'Alejandro Martinez Cuenca'), gov('UGA', 'Chrispus Kiyonga'), gov('TZA', 'Cleopa Msuya'),
  gov('MAR', 'Mohamed Berada'), gov('ZAF', 'Gerhard de Kock'), gov('COL', 'Cesar Gaviria', 'César Gaviria'),
  // More office holders, opposition leaders and U.N. officials of the 2010s and 2020s (facts: name, country, sector).
  opp('KEN', 'Raila Odinga'), opp('TZA', 'Freeman Mbowe'), gov('VNM', 'Nguyen Xuan Phuc'), gov('FRA', 'Gabriel Attal'),
  igo('IGOUN', 'Martin Griffiths', 'Tom Fletcher', 'Filippo Grandi'), gov('GIN', 'Mamady Doumbouya'), gov('LKA', 'Ranil Wickremesinghe', 'Gotabaya Rajapaksa'),
  gov('JPN', 'Shinzo Abe', 'Yoshihide Suga'), gov('KOR', 'Moon Jae-in'), gov('GBR', 'Boris Johnson', 'Liz Truss', 'Theresa May'), gov('DEU', 'Angela Merkel'),
  gov('ITA', 'Mario Draghi'), opp('RUS', 'Alexei Navalny'), opp('BLR', 'Sviatlana Tsikhanouskaya'), gov('IRN', 'Hassan Rouhani', 'Mohammad Javad Zarif'),
  gov('AFG', 'Ashraf Ghani'), gov('USA', 'Mike Pompeo'), gov('NZL', 'Jacinda Ardern'), gov('AUS', 'Scott Morrison'), gov('ARG', 'Alberto Fernandez', 'Alberto Fernández'),
  gov('COL', 'Ivan Duque', 'Iván Duque'), gov('CHL', 'Sebastian Pinera', 'Sebastián Piñera'), gov('ECU', 'Guillermo Lasso'), opp('VEN', 'Juan Guaido', 'Juan Guaidó'),
  gov('HND', 'Xiomara Castro'), gov('GTM', 'Bernardo Arevalo', 'Bernardo Arévalo'), gov('HTI', 'Ariel Henry'), gov('KEN', 'Uhuru Kenyatta'), gov('TZA', 'John Magufuli'),
  gov('NGA', 'Muhammadu Buhari'), gov('CMR', 'Paul Biya'), gov('CIV', 'Alassane Ouattara'), gov('SDN', 'Abdalla Hamdok', 'Omar al-Bashir'), gov('ZAF', 'Jacob Zuma'),
  gov('ZMB', 'Hakainde Hichilema'), gov('MDG', 'Andry Rajoelina'), gov('DZA', 'Abdelaziz Bouteflika'), gov('LBN', 'Michel Aoun'),
  gov('ISR', 'Benny Gantz', 'Naftali Bennett', 'Yair Lapid'), gov('KAZ', 'Nursultan Nazarbayev'), opp('MMR', 'Aung San Suu Kyi'), gov('THA', 'Prayuth Chan-ocha'),
  gov('SGP', 'Lee Hsien Loong'), gov('PNG', 'James Marape'), gov('UKR', 'Denys Shmyhal'), gov('RUS', 'Ramzan Kadyrov'), gov('GRC', 'Kyriakos Mitsotakis'),
  gov('ALB', 'Edi Rama'), gov('XKX', 'Albin Kurti', 'Vjosa Osmani'), gov('BIH', 'Milorad Dodik'), gov('SWE', 'Ulf Kristersson'), gov('DNK', 'Mette Frederiksen'),
  gov('FIN', 'Alexander Stubb'), gov('BTN', 'Lotay Tshering'), gov('SLB', 'Jeremiah Manele'), gov('MDV', 'Mohamed Muizzu'),
];

const BY_NAME = new Map<string, Leader>();
// ("Ferdinand Marcos Jr" is written with and without the period)
for (const leader of LEADERS) for (const name of leader.names) for (const form of [name, name.replace(/\.$/, '')]) BY_NAME.set(form.toLowerCase(), leader);

export function leaderByName(name: string): Leader | null {
  const lower = name.toLowerCase();
  const hit = BY_NAME.get(lower);
  if (hit !== undefined) return hit;
  // Only a name written across a line break, or with doubled or edge spaces, needs folding first.
  return /\s\s|[^\S ]|^\s|\s$/.test(lower) ? BY_NAME.get(lower.replace(/\s+/g, ' ').trim()) ?? null : null;
}

/** Surnames that name others as often as the office holder ("Costa", "Chapo"): only the full name counts. */
const COMMON_SURNAMES: ReadonlySet<string> = new Set(['costa', 'chapo', 'ortega', 'carney', 'vance', 'waltz', 'healey', 'mujahid', 'sharif', 'gonzalez', 'gonzález',
  'johnson', 'morrison', 'bennett', 'fletcher', 'griffiths', 'garcia', 'garcía', 'fernandez', 'fernández', 'henry', 'martens', 'salinas', 'lange', 'arias', 'castro',
  // (short ones that are also words, places or names many share: "Wine prices", "the Saar", a Korean name's last part, "Khan")
  'turk', 'türk', 'saar', 'wine', 'noir', 'dole', 'khan', 'jong', 'sung', 'hwan', 'yeol', 'rama', 'pena', 'peña', 'ning', 'jian', 'wong', 'kock', 'aziz',
  'faye', 'kato', 'katz']);

/** The fewest letters of a surname read alone: shorter ones ("Abe", "May", "Sen") are words or names of many. */
export const SURNAME_LEAST = 4;

/** Surnames (last word of a name, four letters or more: "Kohl", "Lyng") held by exactly one office holder above. */
const BY_SURNAME = new Map<string, Leader | null>();
for (const leader of LEADERS) {
  for (const name of leader.names) {
    const surname = name.split(' ').pop()!.toLowerCase();
    if (surname.length < SURNAME_LEAST || COMMON_SURNAMES.has(surname)) continue;
    const known = BY_SURNAME.get(surname);
    BY_SURNAME.set(surname, known === undefined || known === leader ? leader : null);
  }
}

/** The office holder a surname alone names ("Blinken", "Zakharova"), when only one has it. */
export function leaderBySurname(surname: string): Leader | null {
  return BY_SURNAME.get(surname.toLowerCase()) ?? null;
}
