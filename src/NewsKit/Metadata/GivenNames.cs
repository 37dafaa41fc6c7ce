namespace NewsKit.Metadata;

/// <summary>
/// Common given names (1,877 of them) of people born since about 1930 in the languages the rules cover (English, German,
/// French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Slavic, Hungarian, Romanian, Greek, Turkish, Arabic and
/// Indian names in their usual Latin spellings, Japanese in romaji). Names that are as often a word, a place or a
/// brand ("April", "Paris", "Mercedes", "Grace") are left out: the list tells a person's name from an outlet's, and a
/// wrong entry costs more than a missing one.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(
        """
        Aaliyah Aaltje Aaron Abby Abdallah Abdullah Abigail Achille Achim Ada Adam Addison Adrian Adriana Adrián
        Afonso Agnieszka Agustina Agustín Ahmad Ahmed Ahmet Aicha Aikaterini Ainhoa Aino Aisha Aishwarya Aisling
        Aitana Aitor Ajay Akiko Akira Alain Alan Alasdair Albert Albertine Alberto Aldo Alejandro Aleksandr
        Aleksandra Aleksey Alena Alessandra Alessandro Alessio Alex Alexander Alexandra Alexandre Alexandru
        Alexei Alexis Alfie Alfonso Alfred Alfredo Ali Alice Alicia Alina Aline Alison Alistair Allan Allen
        Allison Alois Alvin Alyssa Amaia Amanda Amaury Amedeo Amelia Amina Aminah Amit Amy Ana Anabel Anahí
        Ananya Anastasia Anatole Anatoly Anaïs Anders Andrea Andreas Andreea Andrei Andrew Andrey Andriy Andrzej
        András André Andrés Andy Angela Angelika Angeliki Angharad Anil Anita Anja Anjali Anke Ankit Ann
        Ann-Marie Anna Annamaria Anne-Laure Anne-Marie Anne-Sophie Anneke Annie Annika Anouk Anthony Antoine
        Anton Antonella Antonia Antonietta Antonino Antonio Antti Antónia António Aníbal Anže Aoife Apolline
        Araceli Arantxa Archie Ari Ariana Arianna Aristide Arjan Arjen Arjun Armando Armin Arnaud Arne Arnold
        Artem Arthur Arturo Artyom Arun Aránzazu Asha Ashley Ashok Asier Astrid Athanasios Attila Aubrey Audrey
        Augustin Aurelio Aurélie Ava Axel Ayumi Ayşe Baltasar Barbara Bart Basile Beata Beate Beatrice Beatriz
        Begoña Belinda Ben Bengt Benito Benjamin Benjamín Benno Benoît Berit Bernard Bernardo Bernd Bernhard
        Bert Bethan Bettina Betty Billy Birgit Birgitta Birthe Björn Bjørn Bobby Bodil Boris Bożena Bram Brandon
        Braulio Brayden Breanna Brenda Brett Brian Briana Brianna Brice Brigitte Britta Brodie Brody Bronwyn
        Brooke Bruce Bruno Bryan Burak Burkhard Bärbel Bérénice Caitlin Caleb Callum Calvin Camila Camille
        Caoimhe Carina Carl Carla Carlo Carlos Carmela Carmelo Carmen Carolin Caroline Carolyn Carrie Carsten
        Carys Catarina Caterina Cathal Catherine Celestino Cerys Chantal Charles Charlie Charlotte Cheryl Chiara
        Chloe Chloé Chris Christa Christel Christina Christine Christoph Christophe Christopher Christos Ciara
        Ciaran Cindy Claire Clara Clarence Claudia Claudio Claus Clemens Clifford Clodagh Clotilde Cláudio Cody
        Colette Colin Collin Colton Concetta Connor Conor Constantin Cora Corina Corinne Cormac Cornelia
        Cornelis Cosimo Courtney Craig Cristian Cristiano Cristina Curtis Cynthia Cyrille Cédric Célestine
        Céline Daan Dafydd Dagmar Dagny Daisuke Damir Dan Dana Daniel Daniela Daniele Danielle Danny Dante
        Danuta Daria Dariusz Darragh Darren Darya Dave David Davide Deborah Debra Declan Deepa Deepak Deirdre
        Delaney Delbert Delphine Denis Denise Dennis Despina Detlef Detlev Diana Diane Diarmuid Didier Diego
        Dieter Dietmar Dietrich Dimitra Dimitrios Dimitris Dina Dinesh Diogo Dirk Divya Dmitri Dmitry Domenico
        Dominic Dominik Dominique Donal Donald Donato Donna Doreen Doris Dorota Dorothea Dorothy Doug Douglas
        Dragan Dragana Duarte Dumitru Dušan Dwight Dylan Débora Eberhard Eckart Eckhard Eddie Edeltraud Edgar
        Edith Edoardo Edson Eduardo Edward Edwin Eero Effie Egon Eija Eimear Einar Eino Eirik Ekaterina Elena
        Eleni Elfi Elfriede Eli Elia Eliana Eliane Elif Elijah Elisa Elisabeth Elizabeth Eliška Elke Elliot
        Elliott Ellis Elmar Elmer Elsa Elvira Elżbieta Emanuela Emanuele Emiko Emil Emilia Emiliano Emilio Emily
        Emine Emma Emmanuel Emmett Emre Emyr Engelbert Enrico Enrique Eoin Eric Erica Erich Erik Erika Erin Erna
        Ernesto Ervin Erwin Erzsébet Esra Essie Esteban Estelle Esther Ethan Etta Eugene Eulalia Eunice Eva Evan
        Evangelia Evangelos Evelyn Everly Evgeny Ewa Ewald Ezequiel Fabian Fabiana Fabio Fabiola Fabián Fabrice
        Fabrizio Fahad Faisal Fatih Fatima Fatma Federica Federico Felipe Felix Femke Ferdinand Ferenc Fergal
        Fermín Fernanda Fernando Ffion Filipa Filipe Filippo Filomena Finja Finley Finn Fiona Firmin Flemming
        Florentina Florian Florin Floyd Forrest Franca Frances Francesca Francesco Francisca Francisco Franck
        Frans František Franz Franziska François Françoise Fraser Freddie Fredrik Frieda Friederike Friedrich
        Fritz Frédéric Fábio Gabriel Gabriela Gabriele Gabriella Gabrielle Gaby Galina Ganesh Gareth Gary Gaspar
        Gebhard Geert Geertruida Geeta Geir Genevieve Gennady Gennaro Georg George Georges Georgeta Georgette
        Georgios Gerald Gerard Gerardo Gerd Gerhard Germaine Germán Gernot Gerold Gerrit Gert Gertrud Gertrude
        Gethin Gheorghe Giacomo Giampaolo Giancarlo Gianfranco Gianluca Gianluigi Gianna Gianni Giannis Gilbert
        Gilberto Gilles Gillian Gina Ginette Giorgio Giorgos Giovanna Giovanni Gisela Giulia Giuliana Giulio
        Giuseppe Giuseppina Gonzalo Gonçalo Goran Gordana Gordon Gottfried Gottlieb Graciela Grady Graham
        Grainne Graziella Grażyna Greg Gregor Gregory Greta Grethe Griet Grietje Grzegorz Gudrun Guilherme
        Guillaume Guillermo Gundula Gunilla Gunnar Gunter Gustav Gustave Gustavo Gwen Gwendolyn Gábor Gérard
        Göran Gösta Günter Günther Hadley Hailey Haley Halil Halina Hamish Hana Hanan Hanife Hank Hanna Hannah
        Hanne Hannelore Hannu Hans Harald Harold Harriet Harrison Harry Hartmut Haruka Haruto Harvey Hasan
        Hassan Hatice Heidi Heike Heikki Heiko Heiner Heinrich Heinz Helen Helena Helga Helmut Hendrik Hendrika
        Henk Henning Henri Henriette Henrik Henrique Henry Herbert Hermann Hernán Herta Hertha Hervé Herwig
        Hideo Hilary Hilde Hildegard Hillary Hinrich Hiroko Hiroshi Hiroyuki Holger Horace Horacio Horst Howard
        Huda Hugh Hugo Huguette Humberto Hussain Hussein Huw Håkan Håvard Héctor Hélène Hüseyin Ian Ibrahim Ida
        Ignacio Ignaz Igor Iker Ilaria Ilona Ilse Iman Imogen Imogene Imre Ina Inez Inge Ingeborg Inger Ingo
        Ingrid Ingvar Inès Inés Inês Ioan Ioana Ioanna Ioannis Iratxe Irena Irene Irina Irmgard Irving Isaac
        Isabel Isabelle Isaiah Isamu Ismael István Itziar Ivan Ivana Iván Iwona Jacek Jacinta Jackie Jacob
        Jacoba Jacobus Jacqueline Jacques Jada Jaden Jadwiga Jaime Jakub Jamal James Jamie Jan Jana Janet Janez
        Janice Janina Janne Jannik Janusz Jari Jaroslav Jaroslava Jarrod Jason Javier Jayden Jean Jean-Claude
        Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre
        Jeanette Jeanne Jeff Jeffery Jeffrey Jelena Jenna Jennifer Jenny Jens Jeremiah Jeremy Jeroen Jerry Jerzy
        Jesper Jesse Jessica Jette Jim Jimmie Jimmy Jitka Jiří Joachim Joan Joana Joanna Joanne Joaquim Joaquín
        Jochen Jodi Jodie Joe Johan Johanna Johannes John Johnnie Johnny Jolanta Jon Jonas Jonathan Joop Jorge
        Jos Josef Josefa Josefine Joseph Josephine Josh Joshua Josiah Josiane Josip Jost José Jovana Joyce Jozef
        João Joël Jože Juan Judit Judith Judy Juha Jukka Jule Julia Julian Juliana Julianne Julie Julien
        Juliette Julián Junko Juraj Jussi Justin Jyoti Ján János Jérôme Jéssica Józef József Jörg Jørgen Jürgen
        Kadir Kai Kaija Kaitlyn Kamal Kamil Kareem Karel Karen Kari Karim Karin Karine Karl Karla Karolina
        Kasper Katalin Katarzyna Katarína Kate Katelyn Katerina Kateřina Katharina Katharine Katherine Kathleen
        Kathrin Kathryn Katie Katrin Kavita Kavya Kaylee Kazimierz Kazuki Kazuko Kazuo Kees Keiko Keith Kelly
        Kelsey Kemal Ken Kenji Kenneth Kenny Kenta Kersten Kerstin Kevin Khadija Khaled Khalid Kieran Kilian Kim
        Kimberly Kiran Kirsten Kirsty Kiyoshi Kjell Klaas Klaus Klemens Knut Koen Konstantin Konstantina
        Konstantinos Korbinian Kostas Kris Krishna Krista Kristen Kristian Kristin Kristina Krisztina Krystyna
        Krzysztof Ksenia Kurt Kyle Kylie Kyoko Lachlan Ladislav Lakshmi Landon Lara Larisa Larissa Larry Lars
        Laura Lauren Laurence Laurent Lauri Laurie Lawrence Layla Lea Leah Leandro Leanne Leena Leif Leila
        Leland Lena Lenka Lennart Leon Leona Leonard Leonardo Leonie Leonor Leopold Letícia Levi Lewis Liam
        Lieke Lieselotte Lila Liliana Lina Linda Linnea Linnéa Lisa Lise Liselotte Lloyd Logan Lola Lonnie
        Loredana Lorena Lorene Lorenzo Lori Lothar Lotte Lottie Louie Louis Louisa Louise Lowell Luc Luca Lucas
        Lucia Luciana Luciano Lucie Lucien Lucienne Lucinda Lucrezia Lucy Lucía Ludmila Luigi Luis Luisa Lukas
        Luke Lukáš Lula Luther Lutz Luís Luísa Lydia Lyle Lyubov Lyudmila László Léa Léonce Lúcia Maarten Maciej
        Mackenzie Madalena Madeline Madelyn Mads Magdalena Maggie Magnus Mahesh Mahmoud Mahmut Mairead Maja
        Makayla Makoto Malachi Malcolm Malin Mamie Mandy Manfred Manoj Manon Manuel Manuela Marc Marcel Marcela
        Marcelle Marcello Marcelo Marcin Marco Marcos Marcus Marcy Mareike Marek Maren Margaret Margareta
        Margarete Margery Margit Margo Margot Margrit Maria Mariah Mariam Marian Mariana Marianne Mariano
        Maribel Maricarmen Maricela Marie Marie-Christine Marie-Claude Marie-Thérèse Marieke Mariela Mariette
        Marija Mariko Mario Marion Marissa Marit Mariusz Marja Markku Marko Markus Marlene Marta Martha Martijn
        Martim Martin Martina Martine Martín Marvin Mary Maryam María Masahiro Masao Massimiliano Massimo Matej
        Mateo Mateusz Matheus Mathias Mathieu Mathilde Matilde Matt Matteo Matthew Matthias Matthieu Matti
        Mattia Mattie Matías Maurice Maurizio Maxime Maximilian Maya Mayumi Małgorzata Meena Megan Megumi Mehmet
        Meike Melanie Melissa Merja Merle Merve Meryem Mette Micaela Micah Michael Michaela Michail Michal
        Michał Michel Michele Michelle Michiko Mieke Miguel Mihaela Mihai Mika Mikael Mikayla Mike Mikhail
        Mikkel Mikko Milica Miloš Mindy Minna Minoru Mircea Mireille Mirjam Mirjana Mirko Miroslav Mirosław
        Mitchell Mohamed Mohammad Mohammed Mohit Mojca Molly Mona Monica Monika Monique Montse Moritz Morris
        Morten Mostafa Muhammad Mukesh Murat Muriel Mustafa Mykhailo Márcia Márcio Mária Mário Mélanie Mónica
        Nabil Nadezhda Nadia Nadine Nadja Naoki Naoko Naomi Narelle Naresh Natalia Natalie Natalya Natascha
        Natasha Nataša Nathalie Nathan Nathaniel Neeltje Neha Neil Nellie Nerea Niall Niamh Nicholas Nico Nicola
        Nicolae Nicolas Nicole Niels Nigel Niklas Nikola Nikolai Nikolaos Nikos Nils Nina Noah Noelia Noemí
        Nolan Norbert Noreen Noriko Norman Noura Nuno Nuria Núria Odette Oisin Oksana Olaf Oleg Olga Oliver
        Olivia Olivier Ollie Olof Omar Orla Ornella Orville Osamu Oskar Osman Owain Owen Pablo Padraig Pamela
        Panagiotis Paola Paolo Paraskevi Patricia Patrick Patrizia Patrícia Paul Paula Paulette Pauline Paulo
        Pavel Paweł Payton Pedro Pekka Penelope Pepa Percy Pernille Peter Petr Petra Petri Petronella Phil
        Philip Philippe Phillip Pia Pierluigi Pierre Piet Pieter Pietro Piotr Pirjo Polina Polly Pooja Poul
        Pradeep Prakash Preben Primož Priya Przemysław Päivi Péter Quinn Quirin Rachel Radu Rafael Rafaela Rafał
        Raffaele Raffaella Rahel Rahul Raimundo Rainer Raisa Rajeev Rajesh Rajiv Rakesh Ralf Ralph Ramesh Ramona
        Ramón Randall Randi Randy Rania Raquel Rashid Rasmus Ravi Raymond Raúl Rebecca Rebekah Recep Reece Reiko
        Reiner Reinhard Reinhold Rekha Remco Renate Renato René Reto Reuben Rhiannon Rhoda Rhys Ricardo Riccardo
        Richard Riitta Rita Robert Roberta Roberto Rodica Rodrigo Roger Rogério Rohit Roisin Rolf Romain Romina
        Ronald Ronan Rory Rosalie Rosemarie Rossella Rosângela Roxanne Roy Ruben Rubén Rudi Rudolf Ruedi Rui
        Rupert Russell Ruth Ruud Ryan Ryszard Sabine Sabrina Sachiko Sachin Sadie Saeed Saleh Salim Sally Salma
        Salvatore Sam Samantha Sami Samir Samira Samuel Sandeep Sandra Sandrine Sangeeta Sanjay Sanna Sanne
        Santosh Saoirse Sara Sarah Sascha Saskia Satish Satoshi Satu Savita Scott Seamus Sean Sebastian
        Sebastião Seema Seija Sepp Seppo Seraina Serge Sergei Sergey Sergio Serhiy Severin Severino Shane Sharon
        Sharyn Shaun Shawn Shelley Shigeru Shirley Shweta Sian Sid Sidney Siegfried Sieglinde Sigrid Sigurd
        Silke Silvan Silvia Simon Simona Simone Sinead Siobhan Sixten Sjoerd Skylar Sneha Snežana Sofía Solange
        Solveig Sonia Sophia Sophie Spyridon Srinivas Stacey Stacy Stan Stanislav Stanisław Stavros Stefan
        Stefania Stefanie Stefano Stephan Stephanie Stephen Steve Steven Stig Stijn Stjepan Stuart Stéphane
        Stéphanie Sueli Sumit Sunil Sunita Suresh Susan Susana Susanne Suzanne Svein Sven Svetlana Swati Sylvie
        Sándor Sébastien Sérgio Sónia Søren Süleyman Sławomir Tadashi Tadeusz Takashi Takeshi Takuya Tamara
        Tamás Tanja Tanya Tarek Tariq Tarja Tatiana Tatyana Tayla Teresa Tereza Terje Terri Terry Tetsuya Thais
        Thaís Theo Theodore Theodoros Theresa Thiago Thierry Thijs Thomas Thorsten Théophile Tiago Tibor Tiina
        Tim Timo Timothy Tina Tineke Tiziana Tobias Toby Tom Tomasz Tomislav Tommaso Tommie Tommy Tomoko Tomás
        Tomáš Tony Tonya Torsten Tove Tracey Traci Tracy Trevor Trijntje Trine Trond Trudi Tuomas Tuula Tyler
        Udo Ueli Ulf Ulla Ulrich Ulrike Umar Umberto Unai Uroš Urs Ursina Ursula Urszula Urška Usha Uta Uwe
        Valentina Valerie Valery Valérie Vanessa Varun Vasile Vasileios Vasiliki Vasily Veerle Velma Venkatesh
        Verena Veronica Veronika Verónica Vesna Vicente Vicki Vickie Victor Vijay Vikas Vikram Viktor Ville
        Vincent Vincenzo Vinzenz Vinícius Virgil Virginie Vittorio Vivek Vivian Vladimir Vladimír Volker Vreni
        Václav Véronique Víctor Vítor Věra Waleed Walid Wallace Walter Waltraud Wayne Wendell Wendy Werner
        Wilbur Wilhelm Wilhelmina Willard Willem Willi William Willie Wilma Wim Winifred Wojciech Wolfgang
        Wouter Wyatt Xavier Yaiza Yannis Yasmin Yasmine Yekaterina Yelena Yesenia Yevgeny Ylva Yoko Yolanda
        Yoshiko Yousef Youssef Yui Yuki Yuko Yulia Yumiko Yuri Yuriy Yury Yusuf Yutaka Yves Yvette Yvonne
        Zachary Zainab Zaynab Zbigniew Zdeněk Zdeňka Zehra Zeynep Zoe Zofia Zoltán Zoran Zoya Zoë Zsolt
        Zsuzsanna Zulema Zuzana Ágnes Álvaro Ángela Åke Åsa Élodie Émilie Éric Éva Íñigo Óscar Ömer Özlem Øyvind
        İbrahim İsmail Ľubomír Łukasz Şerife Špela Željko Žiga
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is a common given name (case ignored: "WOLFGANG" is one).</summary>
    public static bool Contains(string word) => Names.Contains(word);
}
